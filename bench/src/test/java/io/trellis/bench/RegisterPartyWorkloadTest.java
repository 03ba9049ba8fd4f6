package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.TxName;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterPartyWorkloadTest {
    private final RegisterPartyWorkload workload = new RegisterPartyWorkload(Identities.of("PlatformMSP"), "B3NCH");

    @Test
    void ids_are_valid_credit_codes_unique_per_client_and_sequence() {
        Set<String> ids = new HashSet<>();
        for (int client = 0; client < 128; client++) {
            for (long seq = 0; seq < 200; seq++) {
                ids.add(workload.partyId(client, seq));
            }
        }

        assertThat(ids).hasSize(128 * 200).allMatch(id -> id.matches("[0-9ABCDEFGHJKLMNPQRTUWXY]{18}"));
    }

    @Test
    void ids_spell_run_client_and_sequence_in_base_31() {
        assertThat(workload.partyId(1, 31)).isEqualTo("9B3NCH" + "01" + "0000000010");
    }

    @Test
    void each_call_registers_the_party_of_its_client_and_sequence_as_the_operator() {
        var call = workload.next(2, 5);

        assertThat(call.transaction()).isEqualTo(TxName.REGISTER_PARTY);
        assertThat(call.argument()).contains("\"id\":\"" + workload.partyId(2, 5) + "\"");
    }

    @Test
    void a_run_tag_outside_the_alphabet_is_refused() {
        assertThatThrownBy(() -> new RegisterPartyWorkload(null, "BENCI")).isInstanceOf(IllegalArgumentException.class);
    }
}
