package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.RATER;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.chaincode.api.event.ProviderAppointed;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import org.junit.jupiter.api.Test;

/**
 * Due diligence one side cannot fake (docs/abs.md §7): the manager appoints providers by role, only an appointee
 * records for its role, an ADVERSE opinion blocks the deal until its author withdraws it.
 */
class DueDiligenceContractTest {
    /** A second law firm, engaged by some tests next to SERVICER. */
    private static final String SECOND_LAW_FIRM = ScenarioIds.party("91310000000000053");

    private final AbsWorld world = new AbsWorld();

    DueDiligenceContractTest() {
        world.scf.register(SECOND_LAW_FIRM, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
    }

    private ChaincodeHarness.Result attest(String providerId, String poolId, AttestationKind kind,
            AttestationOpinion opinion) {
        return world.submit(providerId, TxName.RECORD_ATTESTATION,
                new RecordAttestationRequest(poolId, kind, opinion, ScfWorld.hash(kind + " by " + providerId)));
    }

    private ChaincodeHarness.Result withdraw(String providerId, String poolId, AttestationKind kind) {
        return world.submit(providerId, TxName.WITHDRAW_ATTESTATION, new WithdrawAttestationRequest(poolId, kind));
    }

    private ChaincodeHarness.Result open(String poolId) {
        return world.submit(SECURITIES, TxName.OPEN_SUBSCRIPTION, new DealRequest(poolId));
    }

    /** Ready to open, plus SECOND_LAW_FIRM appointed and its ADVERSE legal opinion next to SERVICER's clean one. */
    private String dealWithAnAdverseOpinion() {
        String poolId = world.readyDeal();
        world.appoint(poolId, ProviderRole.LAW_FIRM, SECOND_LAW_FIRM).as(Object.class);
        attest(SECOND_LAW_FIRM, poolId, AttestationKind.LEGAL_OPINION, AttestationOpinion.ADVERSE).as(Object.class);
        return poolId;
    }

    @Test
    void the_manager_appoints_a_provider_and_appointing_it_again_changes_nothing() {
        String poolId = world.pooledDeal();

        ProviderAppointment first = world.appoint(poolId, ProviderRole.TRUSTEE, SERVICER).as(ProviderAppointment.class);
        assertThat(world.scf.lastEvents()).containsExactly(new ProviderAppointed(poolId, first));
        long changes = world.scf.chain.ledger().changes();
        world.at(AbsWorld.ISSUE_DATE.minusDays(1));
        ProviderAppointment again = world.appoint(poolId, ProviderRole.TRUSTEE, SERVICER).as(ProviderAppointment.class);

        assertThat(first).isEqualTo(new ProviderAppointment(ProviderRole.TRUSTEE, SERVICER, ScfWorld.START.toString()));
        assertThat(again).isEqualTo(first);
        assertThat(world.scf.chain.ledger().changes()).isEqualTo(changes);
        assertThat(world.deal(poolId).appointments()).containsExactly(first);
    }

    @Test
    void only_a_kyc_approved_service_provider_may_be_appointed() {
        String poolId = world.pooledDeal();

        assertThat(world.appoint(poolId, ProviderRole.LAW_FIRM, INVESTOR).code())
                .isEqualTo(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE);
        assertThat(world.appoint(poolId, ProviderRole.LAW_FIRM, ScenarioIds.party("91310000000000059")).code())
                .isEqualTo(ErrorCode.PARTY_NOT_FOUND);
        assertThat(world.deal(poolId).appointments()).isEmpty();
    }

    @Test
    void providers_are_appointed_only_while_the_deal_is_structuring() {
        String poolId = world.openDeal();

        assertThat(world.appoint(poolId, ProviderRole.LAW_FIRM, SECOND_LAW_FIRM).code())
                .isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
    }

    @Test
    void an_unappointed_provider_may_not_attest_and_nothing_is_written() {
        String poolId = world.pooledDeal();
        long changes = world.scf.chain.ledger().changes();

        assertThat(attest(SERVICER, poolId, AttestationKind.AUDIT, AttestationOpinion.UNQUALIFIED).code())
                .isEqualTo(ErrorCode.PROVIDER_NOT_APPOINTED);
        assertThat(world.scf.chain.ledger().changes()).isEqualTo(changes);
        assertThat(world.deal(poolId).attestations()).isEmpty();
    }

    @Test
    void a_provider_attests_only_the_kind_of_the_role_it_was_appointed_in() {
        String poolId = world.pooledDeal();
        world.appoint(poolId, ProviderRole.LAW_FIRM, SECOND_LAW_FIRM).as(Object.class);

        assertThat(attest(SECOND_LAW_FIRM, poolId, AttestationKind.AUDIT, AttestationOpinion.UNQUALIFIED).code())
                .isEqualTo(ErrorCode.PROVIDER_NOT_APPOINTED);
        assertThat(attest(SECOND_LAW_FIRM, poolId, AttestationKind.LEGAL_OPINION, AttestationOpinion.UNQUALIFIED)
                .as(Attestation.class).providerId()).isEqualTo(SECOND_LAW_FIRM);
        assertThat(world.deal(poolId).attestations()).extracting(Attestation::kind)
                .containsExactly(AttestationKind.LEGAL_OPINION);
    }

    @Test
    void only_the_appointed_rating_agency_rates_a_tranche() {
        String poolId = world.structuredDeal();

        // SERVICER is the deal's law firm, accountant and trustee, not its rating agency.
        assertThat(world.submit(SERVICER, TxName.RECORD_RATING, new RecordRatingRequest(poolId, TrancheClass.SENIOR,
                "AAA")).code()).isEqualTo(ErrorCode.PROVIDER_NOT_APPOINTED);
        assertThat(world.submit(RATER, TxName.RECORD_RATING, new RecordRatingRequest(poolId, TrancheClass.SENIOR,
                "AAA")).ok()).isTrue();
        assertThat(world.deal(poolId).ratings()).hasSize(1);
    }

    @Test
    void an_adverse_opinion_blocks_opening_even_when_another_provider_filed_a_clean_one() {
        String poolId = dealWithAnAdverseOpinion();

        assertThat(open(poolId).code()).isEqualTo(ErrorCode.ATTESTATION_ADVERSE);
        assertThat(world.deal(poolId).deal().status()).isEqualTo(DealStatus.STRUCTURING);
    }

    @Test
    void the_author_withdraws_its_adverse_opinion_and_the_deal_opens() {
        String poolId = dealWithAnAdverseOpinion();

        Attestation withdrawn = withdraw(SECOND_LAW_FIRM, poolId, AttestationKind.LEGAL_OPINION).as(Attestation.class);

        assertThat(withdrawn.opinion()).isEqualTo(AttestationOpinion.ADVERSE);
        assertThat(world.scf.lastEvents()).containsExactly(
                new AttestationWithdrawn(poolId, AttestationKind.LEGAL_OPINION, SECOND_LAW_FIRM));
        assertThat(world.deal(poolId).attestations()).extracting(Attestation::providerId).doesNotContain(SECOND_LAW_FIRM);
        assertThat(open(poolId).as(Deal.class).status()).isEqualTo(DealStatus.SUBSCRIPTION_OPEN);
    }

    @Test
    void another_provider_cannot_withdraw_an_attestation_it_did_not_write() {
        String poolId = dealWithAnAdverseOpinion();

        // The rating agency filed no legal opinion; the other law firm's withdrawal removes only its own clean one.
        assertThat(withdraw(RATER, poolId, AttestationKind.LEGAL_OPINION).code())
                .isEqualTo(ErrorCode.ATTESTATION_NOT_FOUND);
        assertThat(withdraw(SERVICER, poolId, AttestationKind.LEGAL_OPINION).as(Attestation.class).providerId())
                .isEqualTo(SERVICER);

        assertThat(world.deal(poolId).attestations()).filteredOn(a -> a.kind() == AttestationKind.LEGAL_OPINION)
                .extracting(Attestation::providerId).containsExactly(SECOND_LAW_FIRM);
        assertThat(open(poolId).code()).isEqualTo(ErrorCode.ATTESTATION_ADVERSE);
    }

    @Test
    void an_attestation_is_withdrawn_only_while_the_deal_is_structuring() {
        String poolId = world.openDeal();

        assertThat(withdraw(SERVICER, poolId, AttestationKind.AUDIT).code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(world.deal(poolId).attestations()).hasSize(4);
    }

    @Test
    void once_subscription_opens_no_opinion_or_rating_is_replaced_and_nothing_is_written() {
        String poolId = world.openDeal();
        DealView before = world.deal(poolId);
        long changes = world.scf.chain.ledger().changes();

        assertThat(attest(SERVICER, poolId, AttestationKind.AUDIT, AttestationOpinion.ADVERSE).code())
                .isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(world.submit(RATER, TxName.RECORD_RATING, new RecordRatingRequest(poolId, TrancheClass.SENIOR, "D"))
                .code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(world.scf.chain.ledger().changes()).isEqualTo(changes);
        assertThat(world.deal(poolId)).isEqualTo(before);
    }

    @Test
    void a_service_provider_reads_a_deal_only_once_appointed_to_it() {
        String poolId = world.pooledDeal();

        ChaincodeHarness.Result before = world.submit(SECOND_LAW_FIRM, TxName.GET_DEAL, poolId);
        assertThat(before.code()).isEqualTo(ErrorCode.POOL_NOT_FOUND);
        assertThat(before.error().message()).isEqualTo("no pool " + poolId);
        world.appoint(poolId, ProviderRole.LAW_FIRM, SECOND_LAW_FIRM).as(Object.class);

        DealView seen = world.submit(SECOND_LAW_FIRM, TxName.GET_DEAL, poolId).as(DealView.class);
        assertThat(seen.appointments()).extracting(ProviderAppointment::providerId).containsExactly(SECOND_LAW_FIRM);
    }
}
