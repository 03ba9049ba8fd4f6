package io.trellis.chaincode.party;

import static io.trellis.chaincode.testing.Callers.BANK_OPERATOR;
import static io.trellis.chaincode.testing.Callers.PLATFORM_CLIENT;
import static io.trellis.chaincode.testing.Callers.PLATFORM_OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.testing.ChaincodeHarness;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PartyContractTest {
    private static final String CORE_ID = "91310000MA1K000019";
    private final ChaincodeHarness chain = new ChaincodeHarness();

    private static RegisterPartyRequest core(String id) {
        return new RegisterPartyRequest(id, "Acme Motors Co., Ltd.", List.of(PartyRole.CORE_ENTERPRISE), Org.PLATFORM,
                "x509::CN=" + id + "::CN=ca.platform");
    }

    @Test
    void the_hosting_org_operator_registers_a_party_pending_kyc() {
        Party party = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID)).as(Party.class);

        assertThat(party.id()).isEqualTo(CORE_ID);
        assertThat(party.kycStatus()).isEqualTo(KycStatus.PENDING);
        assertThat(party.registeredAt()).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(party.registeredBy()).isEqualTo(PLATFORM_OPERATOR.certificateId());
        assertThat(party.identity()).isEqualTo(new PartyIdentity("PlatformMSP", "x509::CN=" + CORE_ID + "::CN=ca.platform"));
        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.GET_PARTY, CORE_ID).as(Party.class)).isEqualTo(party);
        // Another organisation's operator does not see the platform's parties: as if there were none.
        assertThat(chain.submit(BANK_OPERATOR, TxName.GET_PARTY, CORE_ID).error())
                .isEqualTo(new ChaincodeError(ErrorCode.PARTY_NOT_FOUND, "no party " + CORE_ID));
    }

    @Test
    void registration_emits_one_event_batch_with_the_party() {
        Party party = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID)).as(Party.class);

        assertThat(chain.ledger().events()).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(EventBatch.EVENT_NAME);
            assertThat(JsonCodec.fromJson(event.payload(), EventBatch.class).events())
                    .containsExactly(new PartyRegistered(party));
        });
    }

    @Test
    void another_orgs_operator_may_not_register_the_platforms_parties() {
        var result = chain.submit(BANK_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        assertThat(result.error().code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(chain.ledger().state()).isEmpty();
    }

    @Test
    void a_member_who_is_not_an_operator_may_not_register() {
        assertThat(chain.submit(PLATFORM_CLIENT, TxName.REGISTER_PARTY, core(CORE_ID)).error().code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(chain.ledger().state()).isEmpty();
    }

    @Test
    void registering_the_same_party_twice_is_a_conflict_and_changes_nothing() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));
        TreeMap<String, byte[]> before = new TreeMap<>(chain.ledger().state());

        var second = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        assertThat(second.error().code()).isEqualTo(ErrorCode.PARTY_ALREADY_REGISTERED);
        assertThat(chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(chain.ledger().events()).hasSize(1);
    }

    @Test
    void one_identity_cannot_be_bound_to_two_parties() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));
        RegisterPartyRequest sameIdentity = new RegisterPartyRequest("91310000MA1K00002C", "Other Co.",
                List.of(PartyRole.SUPPLIER), Org.PLATFORM, core(CORE_ID).certificateId());

        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, sameIdentity).error().code())
                .isEqualTo(ErrorCode.IDENTITY_ALREADY_BOUND);
    }

    @Test
    void a_role_the_org_cannot_host_is_a_broken_rule() {
        RegisterPartyRequest bankAtPlatform = new RegisterPartyRequest("91310000MA1K00004J", "Bank at the wrong org",
                List.of(PartyRole.FINANCIER), Org.PLATFORM, null);

        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, bankAtPlatform).error().code())
                .isEqualTo(ErrorCode.ROLE_NOT_HOSTED_BY_ORG);
    }

    @Test
    void a_malformed_body_is_rejected_as_invalid_argument() {
        var unknownField = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, "{\"id\":\"" + CORE_ID + "\",\"x\":1}");
        var notJson = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, "{oops");
        var missing = chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, null);

        assertThat(List.of(unknownField, notJson, missing)).allSatisfy(r -> assertThat(r.error().code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThat(unknownField.error().message()).isEqualTo("unknown field 'x'");
        assertThat(chain.ledger().state()).isEmpty();
    }

    @Test
    void an_unknown_transaction_is_named_in_the_error() {
        var result = chain.submit(PLATFORM_OPERATOR, "MintMoney", null);

        assertThat(result.error().code()).isEqualTo(ErrorCode.UNKNOWN_TRANSACTION);
        assertThat(result.error().message()).isEqualTo("unknown transaction 'MintMoney'");
    }

    @Test
    void an_unknown_party_is_not_found() {
        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.GET_PARTY, "91310000MA1K000092").error().code())
                .isEqualTo(ErrorCode.PARTY_NOT_FOUND);
    }

    @Test
    void a_member_bound_to_no_party_reads_no_party() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        assertThat(chain.submit(PLATFORM_CLIENT, TxName.GET_PARTY, CORE_ID).error().code())
                .isEqualTo(ErrorCode.CALLER_NOT_REGISTERED);
        assertThat(chain.submit(PLATFORM_CLIENT, TxName.LIST_PARTIES, new PageRequest(3, "")).error().code())
                .isEqualTo(ErrorCode.CALLER_NOT_REGISTERED);
    }

    @Test
    void the_hosting_operator_approves_kyc_once() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        Party approved = chain.submit(PLATFORM_OPERATOR, TxName.REVIEW_KYC,
                new ReviewKycRequest(CORE_ID, KycStatus.APPROVED)).as(Party.class);
        var again = chain.submit(PLATFORM_OPERATOR, TxName.REVIEW_KYC, new ReviewKycRequest(CORE_ID, KycStatus.REJECTED));

        assertThat(approved.kycStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(again.error().code()).isEqualTo(ErrorCode.KYC_ALREADY_REVIEWED);
        assertThat(JsonCodec.fromJson(chain.ledger().events().get(1).payload(), EventBatch.class).events())
                .containsExactly(new PartyKycReviewed(CORE_ID, KycStatus.APPROVED, 2));
    }

    @Test
    void another_orgs_operator_may_not_review_kyc() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        assertThat(chain.submit(BANK_OPERATOR, TxName.REVIEW_KYC, new ReviewKycRequest(CORE_ID, KycStatus.APPROVED))
                .error().code()).isEqualTo(ErrorCode.NOT_ALLOWED);
    }

    @Test
    void parties_are_listed_in_pages_in_id_order() {
        for (int i = 5; i >= 1; i--) {
            chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(PartyIds.withCheckCharacter("91310000MA1K0000" + i)));
        }
        TypeReference<Page<Party>> pageOfParties = new TypeReference<>() {
        };

        Page<Party> first = JsonCodec.fromJson(new String(chain.submit(PLATFORM_OPERATOR, TxName.LIST_PARTIES,
                new PageRequest(3, "")).response().getPayload(), StandardCharsets.UTF_8), pageOfParties);
        Page<Party> second = JsonCodec.fromJson(new String(chain.submit(PLATFORM_OPERATOR, TxName.LIST_PARTIES,
                new PageRequest(3, first.bookmark())).response().getPayload(), StandardCharsets.UTF_8), pageOfParties);

        assertThat(first.items()).extracting(Party::id)
                .containsExactly("91310000MA1K000019", "91310000MA1K00002C", "91310000MA1K00003F");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Party::id).containsExactly("91310000MA1K00004J", "91310000MA1K00005M");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void a_page_size_out_of_range_is_invalid() {
        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.LIST_PARTIES, new PageRequest(0, "")).error().code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(chain.submit(PLATFORM_OPERATOR, TxName.LIST_PARTIES, new PageRequest(201, "")).error().code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void registration_writes_the_party_and_its_identity_index() {
        chain.submit(PLATFORM_OPERATOR, TxName.REGISTER_PARTY, core(CORE_ID));

        assertThat(chain.ledger().state().keySet())
                .containsExactlyInAnyOrder("\u0000party\u0000" + CORE_ID + "\u0000",
                        "\u0000party-identity\u0000PlatformMSP\u0000x509::CN=" + CORE_ID + "::CN=ca.platform\u0000");
    }
}
