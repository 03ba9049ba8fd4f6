package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterPartyWorkloadTest {
    private final RegisterPartyWorkload workload = new RegisterPartyWorkload(Identities.of("PlatformMSP"),
            "CN=ca.platform.trellis.local, O=platform.trellis.local", "B3NCH");

    @Test
    void ids_are_valid_credit_codes_unique_per_client_and_sequence() {
        Set<String> ids = new HashSet<>();
        for (int client = 0; client < 128; client++) {
            for (long seq = 0; seq < 200; seq++) {
                ids.add(workload.partyId(client, seq));
            }
        }

        assertThat(ids).hasSize(128 * 200).allMatch(PartyIds::isWellFormed);
    }

    @Test
    void ids_spell_run_client_and_sequence_in_base_31() {
        assertThat(workload.partyId(1, 31)).startsWith("9B3NCH" + "01" + "000000010").hasSize(18);
    }

    @Test
    void each_call_registers_the_party_of_its_client_and_sequence_bound_to_a_certificate_of_the_org_ca() {
        RegisterPartyRequest request = JsonCodec.fromJson(workload.next(2, 5).argument(), RegisterPartyRequest.class);

        assertThat(request.id()).isEqualTo(workload.partyId(2, 5));
        assertThat(request.certificateId()).isEqualTo("x509::CN=" + request.id()
                + ", OU=client, C=CN::CN=ca.platform.trellis.local, O=platform.trellis.local");
    }

    @Test
    void the_issuer_is_the_last_part_of_a_certificate_id() {
        assertThat(RegisterPartyWorkload.issuerOf("x509::CN=Admin@p, OU=admin::CN=ca.p, O=p"))
                .isEqualTo("CN=ca.p, O=p");
    }

    @Test
    void a_run_tag_outside_the_alphabet_is_refused() {
        assertThatThrownBy(() -> new RegisterPartyWorkload(null, "CN=ca", "BENCI"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
