package io.trellis.chaincode.abs;

import static io.trellis.abs.rules.AbsFixtures.P1;
import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.rules.AbsFixtures.deal;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.abs.rules.Waterfall;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.abs.WaterfallState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DealLifecycleTest {
    private static final DealStructure DEAL = DealStructureRules.validate(deal());
    private static final Set<AttestationKind> REQUIRED = EnumSet.of(AttestationKind.LEGAL_OPINION, AttestationKind.AUDIT);
    private static final List<Attestation> ATTESTED = List.of(
            new Attestation(AttestationKind.LEGAL_OPINION, "LAW-FIRM", AttestationOpinion.UNQUALIFIED, "aa".repeat(32)),
            new Attestation(AttestationKind.AUDIT, "AUDITOR", AttestationOpinion.QUALIFIED, "bb".repeat(32)));
    private static final List<TrancheRating> RATED = List.of(
            new TrancheRating(TrancheClass.SENIOR, "AGENCY", "AAA"),
            new TrancheRating(TrancheClass.MEZZANINE, "AGENCY", "AA-"));
    private static final List<ProviderAppointment> APPOINTED = List.of(
            new ProviderAppointment(ProviderRole.LAW_FIRM, "LAW-FIRM", "2026-03-02T01:00:00Z"),
            new ProviderAppointment(ProviderRole.ACCOUNTANT, "AUDITOR", "2026-03-02T01:00:00Z"),
            new ProviderAppointment(ProviderRole.RATING_AGENCY, "AGENCY", "2026-03-02T01:00:00Z"));

    private static DueDiligence.OnRecord onRecord(List<Attestation> attestations, List<TrancheRating> ratings) {
        return new DueDiligence.OnRecord(APPOINTED, attestations, ratings);
    }

    @Test
    void a_deal_moves_forward_from_structuring_to_maturity() {
        assertThat(DealLifecycle.transition(DealStatus.SUBSCRIPTION_OPEN, DealStatus.ALLOCATED)).isEqualTo(DealStatus.ALLOCATED);
        assertThat(DealLifecycle.transition(DealStatus.ALLOCATED, DealStatus.ISSUED)).isEqualTo(DealStatus.ISSUED);
        assertThat(DealLifecycle.transition(DealStatus.ISSUED, DealStatus.AMORTISING)).isEqualTo(DealStatus.AMORTISING);
        assertThat(DealLifecycle.transition(DealStatus.AMORTISING, DealStatus.MATURED)).isEqualTo(DealStatus.MATURED);
        assertThat(codeOf(() -> DealLifecycle.transition(DealStatus.STRUCTURING, DealStatus.ISSUED)))
                .isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
        assertThat(codeOf(() -> DealLifecycle.transition(DealStatus.ISSUED, DealStatus.SUBSCRIPTION_OPEN)))
                .isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"STRUCTURING", "SUBSCRIPTION_OPEN", "ALLOCATED"})
    void a_deal_can_be_cancelled_until_it_is_issued(DealStatus status) {
        assertThat(DealLifecycle.transition(status, DealStatus.CANCELLED)).isEqualTo(DealStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"ISSUED", "AMORTISING", "MATURED", "CANCELLED"})
    void an_issued_or_finished_deal_cannot_be_cancelled(DealStatus status) {
        assertThat(codeOf(() -> DealLifecycle.transition(status, DealStatus.CANCELLED))).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = "STRUCTURING", mode = EnumSource.Mode.EXCLUDE)
    void the_structure_is_frozen_once_subscription_opens(DealStatus status) {
        assertThat(codeOf(() -> DealLifecycle.requireStructureEditable(DealStatus.STRUCTURING))).isNull();
        assertThat(codeOf(() -> DealLifecycle.requireStructureEditable(status))).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
    }

    @Test
    void subscription_opens_with_every_required_attestation_and_rated_senior_and_mezzanine() {
        assertThat(DealLifecycle.openSubscription(DealStatus.STRUCTURING, DEAL, REQUIRED, onRecord(ATTESTED, RATED)))
                .isEqualTo(DealStatus.SUBSCRIPTION_OPEN);
    }

    @Test
    void subscription_cannot_open_while_a_required_attestation_is_missing() {
        assertThat(codeOf(() -> DealLifecycle.openSubscription(DealStatus.STRUCTURING, DEAL,
                EnumSet.of(AttestationKind.LEGAL_OPINION, AttestationKind.AUDIT, AttestationKind.TRUSTEE),
                onRecord(ATTESTED, RATED))))
                .isEqualTo(ErrorCode.ATTESTATION_MISSING);
    }

    @Test
    void a_disclaimer_does_not_satisfy_a_required_attestation() {
        List<Attestation> withBadAudit = List.of(ATTESTED.get(0),
                new Attestation(AttestationKind.AUDIT, "AUDITOR", AttestationOpinion.DISCLAIMER, "bb".repeat(32)));

        assertThat(codeOf(() -> DealLifecycle.openSubscription(DealStatus.STRUCTURING, DEAL, REQUIRED,
                onRecord(withBadAudit, RATED)))).isEqualTo(ErrorCode.ATTESTATION_MISSING);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = "STRUCTURING", mode = EnumSource.Mode.EXCLUDE)
    void appointments_and_withdrawals_stop_once_subscription_opens(DealStatus status) {
        assertThat(codeOf(() -> DealLifecycle.requireDueDiligenceOpen(DealStatus.STRUCTURING))).isNull();
        assertThat(codeOf(() -> DealLifecycle.requireDueDiligenceOpen(status))).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = "SUBSCRIPTION_OPEN", mode = EnumSource.Mode.EXCLUDE)
    void orders_are_taken_only_while_subscription_is_open(DealStatus status) {
        assertThat(codeOf(() -> DealLifecycle.requireSubscriptionOpen(DealStatus.SUBSCRIPTION_OPEN))).isNull();
        assertThat(codeOf(() -> DealLifecycle.requireSubscriptionOpen(status))).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @Test
    void subscription_cannot_open_while_a_senior_or_mezzanine_tranche_is_unrated() {
        assertThat(codeOf(() -> DealLifecycle.openSubscription(DealStatus.STRUCTURING, DEAL, REQUIRED,
                onRecord(ATTESTED, RATED.subList(0, 1))))).isEqualTo(ErrorCode.TRANCHE_RATING_MISSING);
    }

    @Test
    void subscription_opens_only_once() {
        assertThat(codeOf(() -> DealLifecycle.openSubscription(DealStatus.SUBSCRIPTION_OPEN, DEAL, REQUIRED,
                onRecord(ATTESTED, RATED))))
                .isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @Test
    void a_payment_date_leaves_the_deal_amortising_until_every_tranche_is_repaid() {
        WaterfallState unpaid = Waterfall.initialState(DEAL, cny(0));
        WaterfallState repaid = new WaterfallState(P1, false, cny(0), cny(0), unpaid.tranches().stream()
                .map(t -> new TrancheBalance(t.trancheClass(), cny(0), cny(0)))
                .toList());

        assertThat(DealLifecycle.afterDistribution(DealStatus.ISSUED, unpaid)).isEqualTo(DealStatus.AMORTISING);
        assertThat(DealLifecycle.afterDistribution(DealStatus.AMORTISING, unpaid)).isEqualTo(DealStatus.AMORTISING);
        assertThat(DealLifecycle.afterDistribution(DealStatus.AMORTISING, repaid)).isEqualTo(DealStatus.MATURED);
        assertThat(DealLifecycle.afterDistribution(DealStatus.ISSUED, repaid)).isEqualTo(DealStatus.MATURED);
        assertThat(codeOf(() -> DealLifecycle.afterDistribution(DealStatus.ALLOCATED, unpaid)))
                .isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @Test
    void only_an_allocated_deal_can_resize_a_tranche() {
        assertThat(codeOf(() -> DealLifecycle.requireResizable(DealStatus.ALLOCATED))).isNull();
        assertThat(codeOf(() -> DealLifecycle.requireResizable(DealStatus.SUBSCRIPTION_OPEN)))
                .isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }
}
