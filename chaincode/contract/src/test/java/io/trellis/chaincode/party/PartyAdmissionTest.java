package io.trellis.chaincode.party;

import static io.trellis.chaincode.testing.Callers.BANK_OPERATOR;
import static io.trellis.chaincode.testing.Callers.PLATFORM_CLIENT;
import static io.trellis.chaincode.testing.Callers.PLATFORM_OPERATOR;
import static io.trellis.chaincode.testing.Callers.SECURITIES_OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.PartyAdmitted;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Party-id squatting: the platform keeps the consortium's company registry, so a bank's or a securities firm's
 * operator registers only a company id the platform has admitted to its organisation.
 */
class PartyAdmissionTest {
    /** A platform supplier the platform has not registered yet. */
    private static final String SUPPLIER_ID = ScenarioIds.party("91310000000000071");
    private static final String BANK_ID = ScenarioIds.party("91110000000000072");
    private static final TypeReference<List<KeyChange>> CHANGES = new TypeReference<>() {
    };

    private final ScfWorld world = new ScfWorld();
    private final ChaincodeHarness chain = world.chain;

    private static RegisterPartyRequest party(String id, PartyRole role, Org org) {
        return new RegisterPartyRequest(id, "Party " + id, List.of(role), org, null);
    }

    private ChaincodeHarness.Result admit(Caller caller, String id, Org org) {
        return chain.submit(caller, TxName.ADMIT_PARTY, new AdmitPartyRequest(id, org));
    }

    private Map<String, String> worldState() {
        Map<String, String> state = new TreeMap<>();
        chain.ledger().state().forEach((key, value) -> state.put(key, new String(value, StandardCharsets.UTF_8)));
        return state;
    }

    @Test
    void a_bank_operator_cannot_register_an_id_not_admitted_to_the_bank_and_nothing_is_written() {
        Map<String, String> before = worldState();
        int events = chain.ledger().events().size();

        var result = chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, party(BANK_ID, PartyRole.FINANCIER, Org.BANK));

        assertThat(result.code()).isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
        assertThat(worldState()).isEqualTo(before);
        assertThat(chain.ledger().events()).hasSize(events);
    }

    @Test
    void a_bank_operator_cannot_squat_a_platform_suppliers_id_as_an_auditor_and_the_platform_then_registers_it() {
        var squat = chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, party(SUPPLIER_ID, PartyRole.AUDITOR, Org.BANK));

        Party supplier = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY,
                party(SUPPLIER_ID, PartyRole.SUPPLIER, Org.PLATFORM)).as(Party.class);

        assertThat(squat.code()).isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
        assertThat(supplier.org()).isEqualTo(Org.PLATFORM);
        assertThat(supplier.roles()).containsExactly(PartyRole.SUPPLIER);
    }

    @Test
    void an_id_admitted_to_the_bank_is_registered_by_the_bank_and_by_no_other_org() {
        admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);

        var bySecurities = chain.submit(SECURITIES_OPERATOR, TxName.REGISTER_PARTY,
                party(BANK_ID, PartyRole.AUDITOR, Org.SECURITIES));
        Party byBank = chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, party(BANK_ID, PartyRole.FINANCIER, Org.BANK))
                .as(Party.class);

        assertThat(bySecurities.code()).isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
        assertThat(byBank.org()).isEqualTo(Org.BANK);
    }

    @Test
    void an_admission_records_the_platform_operator_and_emits_party_admitted() {
        PartyAdmission admission = admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);

        assertThat(admission).isEqualTo(new PartyAdmission(BANK_ID, Org.BANK, ScfWorld.START.toString(),
                PLATFORM_OPERATOR.certificateId(), 1));
        assertThat(world.lastEvents()).containsExactly(new PartyAdmitted(admission));
        assertThat(chain.ledger().state()).containsKey("\u0000party-admission\u0000" + BANK_ID + "\u0000");
    }

    @Test
    void only_a_platform_operator_may_admit() {
        Map<String, String> before = worldState();

        var byBank = admit(BANK_OPERATOR, BANK_ID, Org.BANK);
        var bySecurities = admit(SECURITIES_OPERATOR, BANK_ID, Org.SECURITIES);
        var byPlatformClient = admit(PLATFORM_CLIENT, BANK_ID, Org.BANK);

        assertThat(List.of(byBank.code(), bySecurities.code(), byPlatformClient.code()))
                .containsOnly(ErrorCode.NOT_ALLOWED);
        assertThat(worldState()).isEqualTo(before);
        assertThat(chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, party(BANK_ID, PartyRole.FINANCIER, Org.BANK))
                .code()).isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
    }

    @Test
    void admitting_the_same_id_to_the_same_org_again_answers_the_admission_and_writes_nothing() {
        PartyAdmission first = admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);
        Map<String, String> before = worldState();
        int events = chain.ledger().events().size();
        world.at(ScfWorld.START.plusSeconds(60));

        PartyAdmission again = admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);

        assertThat(again).isEqualTo(first);
        assertThat(worldState()).isEqualTo(before);
        assertThat(chain.ledger().events()).hasSize(events);
    }

    @Test
    void admitting_an_unregistered_id_to_another_org_replaces_the_admission() {
        admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);

        PartyAdmission moved = admit(PLATFORM_OPERATOR, BANK_ID, Org.SECURITIES).as(PartyAdmission.class);

        assertThat(moved.org()).isEqualTo(Org.SECURITIES);
        assertThat(moved.version()).isEqualTo(2);
        assertThat(chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, party(BANK_ID, PartyRole.FINANCIER, Org.BANK))
                .code()).isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
        assertThat(chain.submit(SECURITIES_OPERATOR, TxName.REGISTER_PARTY,
                party(BANK_ID, PartyRole.INVESTOR, Org.SECURITIES)).as(Party.class).org()).isEqualTo(Org.SECURITIES);
    }

    @Test
    void a_registered_id_can_no_longer_be_admitted() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, party(SUPPLIER_ID, PartyRole.SUPPLIER, Org.PLATFORM))
                .as(Party.class);
        Map<String, String> before = worldState();

        var result = admit(PLATFORM_OPERATOR, SUPPLIER_ID, Org.BANK);

        assertThat(result.code()).isEqualTo(ErrorCode.PARTY_ALREADY_REGISTERED);
        assertThat(worldState()).isEqualTo(before);
    }

    @Test
    void an_id_admitted_and_registered_at_the_bank_cannot_be_moved_by_a_later_admission() {
        world.register(BANK_ID, PartyRole.FINANCIER, Org.BANK);

        assertThat(admit(PLATFORM_OPERATOR, BANK_ID, Org.SECURITIES).code())
                .isEqualTo(ErrorCode.PARTY_ALREADY_REGISTERED);
    }

    @Test
    void the_platform_is_not_admitted_to_itself_and_a_malformed_admission_is_invalid() {
        assertThat(admit(PLATFORM_OPERATOR, BANK_ID, Org.PLATFORM).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(admit(PLATFORM_OPERATOR, BANK_ID, null).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        String wrongCheckCharacter = BANK_ID.substring(0, 17) + (BANK_ID.endsWith("0") ? "1" : "0");
        assertThat(admit(PLATFORM_OPERATOR, wrongCheckCharacter, Org.BANK).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.ADMIT_PARTY, "{\"id\":\"" + BANK_ID + "\",\"org\":\"BANK\","
                + "\"extra\":1}").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void the_admission_history_shows_the_keepers_corrections_to_auditors_and_the_platform_not_to_a_bystander() {
        admit(PLATFORM_OPERATOR, BANK_ID, Org.BANK).as(PartyAdmission.class);
        world.at(ScfWorld.START.plusSeconds(60));
        admit(PLATFORM_OPERATOR, BANK_ID, Org.SECURITIES).as(PartyAdmission.class);
        HistoryRequest request = new HistoryRequest("party-admission", List.of(BANK_ID));

        List<KeyChange> byAuditor = world.submit(ScfWorld.AUDITOR, TxName.GET_HISTORY, request).as(CHANGES);
        List<KeyChange> byPlatform = chain.submit(PLATFORM_OPERATOR, TxName.GET_HISTORY, request).as(CHANGES);
        List<KeyChange> byBank = chain.submit(BANK_OPERATOR, TxName.GET_HISTORY, request).as(CHANGES);

        assertThat(byAuditor).extracting(change -> JsonCodec.fromJson(change.value(), PartyAdmission.class).org())
                .containsExactly(Org.BANK, Org.SECURITIES);
        assertThat(byPlatform).isEqualTo(byAuditor);
        assertThat(byBank).isEmpty();
    }
}
