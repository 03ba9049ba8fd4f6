package io.trellis.chaincode.abs;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.CriterionOutcome;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation behind both {@code AddPoolAssets} and its eligibility report ({@link Eligibility#evaluate}).
 * Criteria: 30 to 180 days to maturity, at most 30.00% (3,000 bp) per obligor, ACTIVE or FINANCED. The pool
 * holds 10,000,000 fen: OBL-A 1,600,000 (16%), OBL-B, OBL-C and OBL-D 2,800,000 each (28%).
 */
class EligibilityReportTest {
    private static final String ORIGINATOR = "ORIG";
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 1);
    private static final PoolCriteria CRITERIA = new PoolCriteria("CNY", 30, 180, 3_000,
            List.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED));
    private static final List<PoolAsset> POOLED = List.of(
            asset("V-A", "OBL-A", 1_600_000, PoolAssetStatus.POOLED, "POOL-1"),
            asset("V-B", "OBL-B", 2_800_000, PoolAssetStatus.POOLED, "POOL-1"),
            asset("V-C", "OBL-C", 2_800_000, PoolAssetStatus.POOLED, "POOL-1"),
            asset("V-D", "OBL-D", 2_800_000, PoolAssetStatus.POOLED, "POOL-1"));

    private static PoolAsset asset(String id, String obligor, long fen, PoolAssetStatus status, String poolId) {
        return new PoolAsset(id, obligor, ORIGINATOR, cny(fen), CUT_OFF.plusDays(90), status, poolId);
    }

    /** 100,000 fen of OBL-D, 90 days: meets every criterion (2,900,000 / 10,100,000 = 28.7%). */
    private static PoolAsset good() {
        return asset("V-NEW", "OBL-D", 100_000, PoolAssetStatus.ACTIVE, null);
    }

    private static Eligibility.Evaluation evaluate(List<PoolAsset> pooled, PoolAsset... candidates) {
        return Eligibility.evaluate(CRITERIA, ORIGINATOR, CUT_OFF, pooled,
                Arrays.stream(candidates).map(Eligibility.Candidate::of).toList());
    }

    private static ErrorCode refusal(List<PoolAsset> pooled, PoolAsset... candidates) {
        return codeOf(() -> Eligibility.checkAddition(CRITERIA, ORIGINATOR, CUT_OFF, pooled, List.of(candidates)));
    }

    private static Map<EligibilityCriterion, CriterionOutcome> outcomes(VoucherEligibility voucher) {
        return voucher.criteria().stream().collect(Collectors.toMap(CriterionResult::criterion, CriterionResult::outcome));
    }

    private static Map<String, ObligorConcentration> byObligor(Eligibility.Evaluation evaluation) {
        return evaluation.obligors().stream().collect(Collectors.toMap(ObligorConcentration::obligorId,
                Function.identity()));
    }

    static Stream<Arguments> one_failing_criterion() {
        PoolAsset g = good();
        return Stream.of(
                Arguments.of(EligibilityCriterion.OUTSTANDING, ErrorCode.INVALID_ARGUMENT,
                        new PoolAsset(g.voucherId(), g.obligorId(), ORIGINATOR, cny(0), g.maturity(), g.status(), null)),
                Arguments.of(EligibilityCriterion.CURRENCY, ErrorCode.CURRENCY_MISMATCH,
                        new PoolAsset(g.voucherId(), g.obligorId(), ORIGINATOR, Money.of(100_000, "USD"), g.maturity(),
                                g.status(), null)),
                Arguments.of(EligibilityCriterion.NOT_POOLED, ErrorCode.ASSET_ALREADY_POOLED,
                        new PoolAsset(g.voucherId(), g.obligorId(), ORIGINATOR, g.outstanding(), g.maturity(),
                                g.status(), "POOL-2")),
                Arguments.of(EligibilityCriterion.STATUS, ErrorCode.ASSET_STATUS_NOT_ELIGIBLE,
                        new PoolAsset(g.voucherId(), g.obligorId(), ORIGINATOR, g.outstanding(), g.maturity(),
                                PoolAssetStatus.ISSUED, null)),
                Arguments.of(EligibilityCriterion.HOLDER, ErrorCode.ASSET_NOT_HELD_BY_ORIGINATOR,
                        new PoolAsset(g.voucherId(), g.obligorId(), "SOMEONE-ELSE", g.outstanding(), g.maturity(),
                                g.status(), null)),
                Arguments.of(EligibilityCriterion.MATURITY, ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW,
                        new PoolAsset(g.voucherId(), g.obligorId(), ORIGINATOR, g.outstanding(), CUT_OFF.plusDays(181),
                                g.status(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("one_failing_criterion")
    void a_voucher_failing_one_criterion_of_its_own_is_reported_failing_that_one_with_the_refusal_code(
            EligibilityCriterion failing, ErrorCode code, PoolAsset candidate) {
        VoucherEligibility voucher = evaluate(POOLED, candidate).vouchers().get(0);

        assertThat(voucher.eligible()).isFalse();
        assertThat(voucher.criteria()).filteredOn(CriterionResult::hasFailed)
                .singleElement()
                .satisfies(result -> {
                    assertThat(result.criterion()).isEqualTo(failing);
                    assertThat(result.code()).isEqualTo(code);
                    assertThat(result.detail()).contains("V-NEW");
                });
        // Failing one of its own, it is not counted in the pool after: its concentration is not checked.
        assertThat(outcomes(voucher)).containsEntry(EligibilityCriterion.CONCENTRATION, CriterionOutcome.NOT_CHECKED)
                .containsEntry(EligibilityCriterion.EXISTS, CriterionOutcome.PASSED);
        assertThat(refusal(POOLED, candidate)).isEqualTo(code);
    }

    @Test
    void a_voucher_taking_its_obligor_over_the_limit_fails_concentration_only() {
        PoolAsset overLimit = asset("V-NEW", "OBL-A", 2_000_001, PoolAssetStatus.ACTIVE, null);

        Eligibility.Evaluation evaluation = evaluate(POOLED, overLimit);

        VoucherEligibility voucher = evaluation.vouchers().get(0);
        assertThat(voucher.criteria()).filteredOn(CriterionResult::hasFailed).singleElement()
                .extracting(CriterionResult::criterion, CriterionResult::code)
                .containsExactly(EligibilityCriterion.CONCENTRATION, ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        // 3,600,001 of 12,000,001: 3,001 bp rounded up, above 3,000.
        assertThat(byObligor(evaluation).get("OBL-A"))
                .isEqualTo(new ObligorConcentration("OBL-A", cny(1_600_000), cny(3_600_001), 3_001, 3_000, true, false));
        assertThat(evaluation.eligible()).isFalse();
        assertThat(refusal(POOLED, overLimit)).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
    }

    @Test
    void an_obligor_exactly_at_the_limit_passes_and_the_others_are_diluted_not_checked() {
        PoolAsset atLimit = asset("V-NEW", "OBL-A", 2_000_000, PoolAssetStatus.ACTIVE, null);

        Eligibility.Evaluation evaluation = evaluate(POOLED, atLimit);

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.vouchers().get(0).criteria()).allMatch(CriterionResult::hasPassed).hasSize(8);
        assertThat(evaluation.poolPrincipal()).isEqualTo(cny(10_000_000));
        assertThat(evaluation.poolAfter()).isEqualTo(cny(12_000_000));
        // 3,600,000 of 12,000,000 is 3,000 bp exactly; 2,800,000 of 12,000,000 is 2,333.3 bp, shown as 2,334.
        assertThat(evaluation.obligors()).containsExactly(
                new ObligorConcentration("OBL-A", cny(1_600_000), cny(3_600_000), 3_000, 3_000, true, true),
                new ObligorConcentration("OBL-B", cny(2_800_000), cny(2_800_000), 2_334, 3_000, false, true),
                new ObligorConcentration("OBL-C", cny(2_800_000), cny(2_800_000), 2_334, 3_000, false, true),
                new ObligorConcentration("OBL-D", cny(2_800_000), cny(2_800_000), 2_334, 3_000, false, true));
        assertThat(refusal(POOLED, atLimit)).isNull();
    }

    @Test
    void a_batch_of_four_obligors_passes_together_though_each_alone_is_all_of_a_new_pool() {
        PoolAsset[] batch = Stream.of("W", "X", "Y", "Z")
                .map(o -> asset("V-" + o, "OBL-" + o, 500_000, PoolAssetStatus.ACTIVE, null))
                .toArray(PoolAsset[]::new);

        Eligibility.Evaluation together = evaluate(List.of(), batch);
        Eligibility.Evaluation alone = evaluate(List.of(), batch[0]);

        assertThat(together.eligible()).isTrue();
        assertThat(together.obligors()).extracting(ObligorConcentration::shareBp).containsExactly(2_500, 2_500, 2_500, 2_500);
        assertThat(alone.eligible()).isFalse();
        assertThat(alone.obligors()).singleElement().extracting(ObligorConcentration::shareBp).isEqualTo(10_000);
        assertThat(refusal(List.of(), batch)).isNull();
        assertThat(refusal(List.of(), batch[0])).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
    }

    @Test
    void every_criterion_of_every_voucher_is_checked_and_the_refusal_is_the_first_in_the_documented_order() {
        PoolAsset notHeld = new PoolAsset("V-1", "OBL-D", "SOMEONE-ELSE", cny(100_000), CUT_OFF.plusDays(90),
                PoolAssetStatus.ACTIVE, null);
        PoolAsset dollarsTooLate = new PoolAsset("V-2", "OBL-D", ORIGINATOR, Money.of(100_000, "USD"),
                CUT_OFF.plusDays(200), PoolAssetStatus.ACTIVE, null);

        Eligibility.Evaluation evaluation = evaluate(POOLED, notHeld, dollarsTooLate);

        assertThat(evaluation.vouchers()).extracting(v -> v.criteria().stream().filter(CriterionResult::hasFailed)
                        .map(CriterionResult::criterion).toList())
                .containsExactly(List.of(EligibilityCriterion.HOLDER),
                        List.of(EligibilityCriterion.CURRENCY, EligibilityCriterion.MATURITY));
        // The first voucher's holder comes before the second voucher's currency.
        assertThat(refusal(POOLED, notHeld, dollarsTooLate)).isEqualTo(ErrorCode.ASSET_NOT_HELD_BY_ORIGINATOR);
        assertThat(refusal(POOLED, dollarsTooLate, notHeld)).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void a_voucher_failing_its_own_criteria_is_left_out_of_the_concentration_of_the_others() {
        // 5,000,000 of OBL-A would take it to 6,600,000 / 15,100,000 = 43.7%, but it is ISSUED: only V-NEW counts.
        PoolAsset issuedGiant = asset("V-BIG", "OBL-A", 5_000_000, PoolAssetStatus.ISSUED, null);

        Eligibility.Evaluation evaluation = evaluate(POOLED, good(), issuedGiant);

        assertThat(evaluation.poolAfter()).isEqualTo(cny(10_100_000));
        assertThat(byObligor(evaluation).get("OBL-A"))
                .isEqualTo(new ObligorConcentration("OBL-A", cny(1_600_000), cny(1_600_000), 1_585, 3_000, false, true));
        assertThat(evaluation.vouchers()).extracting(VoucherEligibility::eligible).containsExactly(true, false);
        assertThat(refusal(POOLED, good(), issuedGiant)).isEqualTo(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE);
    }

    @Test
    void own_criteria_come_before_concentration_in_the_refusal() {
        PoolAsset overLimit = asset("V-1", "OBL-A", 2_000_001, PoolAssetStatus.ACTIVE, null);
        PoolAsset financing = asset("V-2", "OBL-B", 1, PoolAssetStatus.FINANCING, null);

        assertThat(refusal(POOLED, overLimit, financing)).isEqualTo(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE);
    }

    @Test
    void a_voucher_named_twice_passes_the_first_time_only() {
        Eligibility.Evaluation evaluation = evaluate(POOLED, good(), good());

        assertThat(evaluation.vouchers()).extracting(v -> outcomes(v).get(EligibilityCriterion.NOT_POOLED))
                .containsExactly(CriterionOutcome.PASSED, CriterionOutcome.FAILED);
        assertThat(evaluation.poolAfter()).isEqualTo(cny(10_100_000));
    }

    @Test
    void a_voucher_the_caller_may_not_see_shows_nothing_but_its_id_and_a_failed_existence() {
        Eligibility.Evaluation evaluation = Eligibility.evaluate(CRITERIA, ORIGINATOR, CUT_OFF, POOLED,
                List.of(Eligibility.Candidate.of(good()), Eligibility.Candidate.unseen("V-HIDDEN")));

        VoucherEligibility hidden = evaluation.vouchers().get(1);
        assertThat(hidden).isEqualTo(new VoucherEligibility("V-HIDDEN", null, null, null, null, null, false,
                hidden.criteria()));
        assertThat(hidden.criteria().get(0)).isEqualTo(CriterionResult.failed(EligibilityCriterion.EXISTS,
                ErrorCode.VOUCHER_NOT_FOUND, "no voucher V-HIDDEN the caller may see"));
        assertThat(hidden.criteria().subList(1, 8)).extracting(CriterionResult::outcome)
                .containsOnly(CriterionOutcome.NOT_CHECKED);
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.vouchers().get(0).eligible()).isTrue();
    }

    @Test
    void a_voucher_is_reported_with_its_days_to_maturity_from_the_cut_off() {
        VoucherEligibility voucher = evaluate(POOLED, good()).vouchers().get(0);

        assertThat(voucher).isEqualTo(new VoucherEligibility("V-NEW", "OBL-D", cny(100_000), CUT_OFF.plusDays(90),
                90L, PoolAssetStatus.ACTIVE, true, voucher.criteria()));
        assertThat(voucher.criteria()).extracting(CriterionResult::criterion).containsExactly(
                EligibilityCriterion.EXISTS, EligibilityCriterion.OUTSTANDING, EligibilityCriterion.CURRENCY,
                EligibilityCriterion.NOT_POOLED, EligibilityCriterion.STATUS, EligibilityCriterion.HOLDER,
                EligibilityCriterion.MATURITY, EligibilityCriterion.CONCENTRATION);
    }
}
