package io.trellis.abs.rules;

import static io.trellis.abs.rules.AbsFixtures.ISSUE;
import static io.trellis.abs.rules.AbsFixtures.P1;
import static io.trellis.abs.rules.AbsFixtures.P2;
import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.rules.AbsFixtures.deal;
import static io.trellis.abs.rules.AbsFixtures.tranche;
import static io.trellis.chaincode.api.abs.TrancheClass.MEZZANINE;
import static io.trellis.chaincode.api.abs.TrancheClass.SENIOR;
import static io.trellis.chaincode.api.abs.TrancheClass.SUBORDINATED;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealStructureRulesTest {

    private static DealStructure withTranches(TrancheTerms... tranches) {
        DealStructure d = deal();
        return new DealStructure(d.poolPrincipal(), List.of(tranches), d.feesPerPaymentDate(), d.issueDate(),
                d.paymentDates(), d.defaultTriggerBp());
    }

    private static DealStructure withDates(LocalDate... dates) {
        DealStructure d = deal();
        return new DealStructure(d.poolPrincipal(), d.tranches(), d.feesPerPaymentDate(), d.issueDate(),
                List.of(dates), d.defaultTriggerBp());
    }

    @Test
    void a_sound_structure_is_returned_with_tranches_in_seniority_order() {
        DealStructure shuffled = withTranches(tranche(SUBORDINATED, 10_000_000, 0), tranche(SENIOR, 70_000_000, 400),
                tranche(MEZZANINE, 15_000_000, 600));

        assertThat(DealStructureRules.validate(shuffled).tranches()).extracting(TrancheTerms::trancheClass)
                .containsExactly(SENIOR, MEZZANINE, SUBORDINATED);
    }

    @Test
    void mezzanine_is_optional_but_senior_and_subordinated_are_not() {
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 70_000_000, 400),
                tranche(SUBORDINATED, 10_000_000, 0))))).isNull();
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 70_000_000, 400),
                tranche(MEZZANINE, 10_000_000, 600))))).isEqualTo(ErrorCode.TRANCHE_SET_INVALID);
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 70_000_000, 400),
                tranche(SENIOR, 10_000_000, 400), tranche(SUBORDINATED, 10_000_000, 0)))))
                .isEqualTo(ErrorCode.TRANCHE_SET_INVALID);
    }

    @Test
    void a_tranche_principal_is_a_whole_number_of_100_yuan_units() {
        // 70,000,050 fen is 7,000.005 units.
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 70_000_050, 400),
                tranche(SUBORDINATED, 10_000_000, 0))))).isEqualTo(ErrorCode.TRANCHE_PRINCIPAL_NOT_WHOLE_UNITS);
    }

    @Test
    void the_subordinated_tranche_has_no_coupon() {
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 70_000_000, 400),
                tranche(SUBORDINATED, 10_000_000, 100))))).isEqualTo(ErrorCode.SUBORDINATED_COUPON_NOT_ALLOWED);
    }

    @Test
    void tranches_may_reach_the_pool_principal_but_not_exceed_it() {
        // Pool 100,000,000: 90,000,000 + 10,000,000 fits exactly; one more unit does not.
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 90_000_000, 400),
                tranche(SUBORDINATED, 10_000_000, 0))))).isNull();
        assertThat(codeOf(() -> DealStructureRules.validate(withTranches(tranche(SENIOR, 90_010_000, 400),
                tranche(SUBORDINATED, 10_000_000, 0))))).isEqualTo(ErrorCode.TRANCHES_EXCEED_POOL_PRINCIPAL);
    }

    @Test
    void payment_dates_strictly_increase_after_the_issue_date() {
        assertThat(codeOf(() -> DealStructureRules.validate(withDates(P2, P1)))).isEqualTo(ErrorCode.PAYMENT_DATES_NOT_INCREASING);
        assertThat(codeOf(() -> DealStructureRules.validate(withDates(P1, P1)))).isEqualTo(ErrorCode.PAYMENT_DATES_NOT_INCREASING);
        assertThat(codeOf(() -> DealStructureRules.validate(withDates(ISSUE, P1)))).isEqualTo(ErrorCode.PAYMENT_DATES_NOT_INCREASING);
        assertThat(codeOf(() -> DealStructureRules.validate(withDates()))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void fees_trigger_and_currencies_are_checked() {
        DealStructure d = deal();
        DealStructure negativeFees = new DealStructure(d.poolPrincipal(), d.tranches(), cny(-1), ISSUE, d.paymentDates(), 500);
        DealStructure badTrigger = new DealStructure(d.poolPrincipal(), d.tranches(), d.feesPerPaymentDate(), ISSUE,
                d.paymentDates(), 10_001);
        DealStructure dollarFees = new DealStructure(d.poolPrincipal(), d.tranches(), Money.of(1, "USD"), ISSUE,
                d.paymentDates(), 500);

        assertThat(codeOf(() -> DealStructureRules.validate(negativeFees))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> DealStructureRules.validate(badTrigger))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> DealStructureRules.validate(dollarFees))).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void only_an_undersubscribed_tranche_can_shrink() {
        DealStructure d = DealStructureRules.validate(deal());
        // Mezzanine offers 1,500 units; 1,200 were ordered.
        TrancheAllocation under = new TrancheAllocation(TrancheClass.MEZZANINE, 1_500, 1_200, List.of());
        TrancheAllocation full = new TrancheAllocation(TrancheClass.MEZZANINE, 1_500, 1_600, List.of());

        DealStructure resized = DealStructureRules.resize(d, under, 1_200);
        assertThat(resized.tranche(MEZZANINE).orElseThrow().principal()).isEqualTo(cny(12_000_000));
        assertThat(codeOf(() -> DealStructureRules.resize(d, full, 1_200))).isEqualTo(ErrorCode.TRANCHE_RESIZE_INVALID);
        assertThat(codeOf(() -> DealStructureRules.resize(d, under, 1_500))).isEqualTo(ErrorCode.TRANCHE_RESIZE_INVALID);
        assertThat(codeOf(() -> DealStructureRules.resize(d, under, 0))).isEqualTo(ErrorCode.TRANCHE_RESIZE_INVALID);
    }
}
