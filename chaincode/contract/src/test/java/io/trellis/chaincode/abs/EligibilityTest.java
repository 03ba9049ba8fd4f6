package io.trellis.chaincode.abs;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Criteria: 30 to 180 days to maturity, at most 30.00% (3,000 bp) per obligor, ACTIVE or FINANCED. The pool
 * holds 10,000,000 fen: OBL-A 1,600,000 (16%), OBL-B, OBL-C and OBL-D 2,800,000 each (28%).
 */
class EligibilityTest {
    private static final String ORIGINATOR = "ORIG";
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 1);
    private static final PoolCriteria CRITERIA = new PoolCriteria("CNY", 30, 180, 3_000,
            List.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED));
    private static final List<PoolAsset> POOLED = List.of(
            pooled("V-A", "OBL-A", 1_600_000),
            pooled("V-B", "OBL-B", 2_800_000),
            pooled("V-C", "OBL-C", 2_800_000),
            pooled("V-D", "OBL-D", 2_800_000));

    private static PoolAsset pooled(String id, String obligor, long fen) {
        return new PoolAsset(id, obligor, ORIGINATOR, cny(fen), CUT_OFF.plusDays(90), PoolAssetStatus.POOLED, "POOL-1");
    }

    /** An asset that meets every criterion: 100,000 fen of OBL-D (2,900,000 / 10,100,000 = 28.7%), 90 days. */
    private static PoolAsset candidate() {
        return new PoolAsset("V-NEW", "OBL-D", ORIGINATOR, cny(100_000), CUT_OFF.plusDays(90), PoolAssetStatus.ACTIVE, null);
    }

    private static PoolAsset with(PoolAssetStatus status, String holder, LocalDate maturity, String poolId) {
        PoolAsset c = candidate();
        return new PoolAsset(c.voucherId(), c.obligorId(), holder, c.outstanding(), maturity, status, poolId);
    }

    private static ErrorCode add(PoolAsset... assets) {
        return codeOf(() -> Eligibility.checkAddition(CRITERIA, ORIGINATOR, CUT_OFF, POOLED, List.of(assets)));
    }

    @Test
    void a_removal_may_not_leave_any_obligor_above_the_limit() {
        // Without V-A (1,600,000) the pool is 8,400,000 and OBL-B, C and D owe 33.3% each, above 30%.
        assertThat(codeOf(() -> Eligibility.checkRemoval(CRITERIA, POOLED.subList(1, 4))))
                .isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        // Without V-D the largest share is 2,800,000 / 7,200,000 = 38.9%: also refused; an empty pool is fine.
        assertThat(codeOf(() -> Eligibility.checkRemoval(CRITERIA, POOLED.subList(0, 3))))
                .isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        assertThat(codeOf(() -> Eligibility.checkRemoval(CRITERIA, List.of()))).isNull();
        assertThat(codeOf(() -> Eligibility.checkRemoval(CRITERIA, POOLED))).isNull();
    }

    @Test
    void an_asset_meeting_every_criterion_is_eligible() {
        assertThat(add(candidate())).isNull();
    }

    @Test
    void remaining_maturity_must_be_inside_the_window_bounds_included() {
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(30), null))).isNull();
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(180), null))).isNull();
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(29), null)))
                .isEqualTo(ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW);
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(181), null)))
                .isEqualTo(ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW);
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.minusDays(1), null)))
                .isEqualTo(ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW);
    }

    @Test
    void an_obligor_may_reach_the_concentration_limit_but_not_pass_it() {
        // Adding x of OBL-A: (1,600,000 + x) x 10,000 <= 3,000 x (10,000,000 + x).
        // x = 2,000,000: 3,600,000 x 10,000 = 36,000,000,000 = 3,000 x 12,000,000: exactly 30%, passes.
        // x = 2,000,001: 36,000,010,000 > 3,000 x 12,000,001 = 36,000,003,000: rejected.
        PoolAsset atLimit = new PoolAsset("V-NEW", "OBL-A", ORIGINATOR, cny(2_000_000), CUT_OFF.plusDays(90),
                PoolAssetStatus.ACTIVE, null);
        PoolAsset overLimit = new PoolAsset("V-NEW", "OBL-A", ORIGINATOR, cny(2_000_001), CUT_OFF.plusDays(90),
                PoolAssetStatus.ACTIVE, null);

        assertThat(add(atLimit)).isNull();
        assertThat(add(overLimit)).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
    }

    @Test
    void concentration_counts_the_whole_addition_so_a_new_pool_can_start_diversified() {
        // One asset alone is 100% of an empty pool; four obligors at 25% each pass together.
        List<PoolAsset> batch = List.of("W", "X", "Y", "Z").stream()
                .map(o -> new PoolAsset("V-" + o, "OBL-" + o, ORIGINATOR, cny(500_000), CUT_OFF.plusDays(90),
                        PoolAssetStatus.ACTIVE, null))
                .toList();

        assertThat(codeOf(() -> Eligibility.checkAddition(CRITERIA, ORIGINATOR, CUT_OFF, List.of(), batch.subList(0, 1))))
                .isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        assertThat(codeOf(() -> Eligibility.checkAddition(CRITERIA, ORIGINATOR, CUT_OFF, List.of(), batch))).isNull();
    }

    @Test
    void the_originator_must_hold_the_asset() {
        assertThat(add(with(PoolAssetStatus.ACTIVE, "SOMEONE-ELSE", CUT_OFF.plusDays(90), null)))
                .isEqualTo(ErrorCode.ASSET_NOT_HELD_BY_ORIGINATOR);
    }

    @Test
    void active_and_financed_vouchers_are_eligible() {
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(90), null))).isNull();
        assertThat(add(with(PoolAssetStatus.FINANCED, ORIGINATOR, CUT_OFF.plusDays(90), null))).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = PoolAssetStatus.class, names = {"ISSUED", "SPLIT", "TRANSFERRED", "FINANCING", "SETTLED",
            "OVERDUE", "CANCELLED"})
    void vouchers_in_any_other_status_are_not_eligible(PoolAssetStatus status) {
        assertThat(add(with(status, ORIGINATOR, CUT_OFF.plusDays(90), null))).isEqualTo(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE);
    }

    @Test
    void a_pool_may_narrow_the_statuses_it_takes() {
        PoolCriteria activeOnly = new PoolCriteria("CNY", 30, 180, 3_000, List.of(PoolAssetStatus.ACTIVE));
        PoolAsset financed = with(PoolAssetStatus.FINANCED, ORIGINATOR, CUT_OFF.plusDays(90), null);

        assertThat(codeOf(() -> Eligibility.checkAddition(activeOnly, ORIGINATOR, CUT_OFF, POOLED, List.of(financed))))
                .isEqualTo(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE);
    }

    @Test
    void a_voucher_already_in_a_pool_cannot_be_added_again() {
        assertThat(add(with(PoolAssetStatus.ACTIVE, ORIGINATOR, CUT_OFF.plusDays(90), "POOL-2")))
                .isEqualTo(ErrorCode.ASSET_ALREADY_POOLED);
        assertThat(add(with(PoolAssetStatus.POOLED, ORIGINATOR, CUT_OFF.plusDays(90), null)))
                .isEqualTo(ErrorCode.ASSET_ALREADY_POOLED);
        assertThat(add(candidate(), candidate())).isEqualTo(ErrorCode.ASSET_ALREADY_POOLED);
        PoolAsset sameIdAsPooled = new PoolAsset("V-D", "OBL-D", ORIGINATOR, cny(1), CUT_OFF.plusDays(90),
                PoolAssetStatus.ACTIVE, null);
        assertThat(add(sameIdAsPooled)).isEqualTo(ErrorCode.ASSET_ALREADY_POOLED);
    }

    @Test
    void an_asset_in_another_currency_is_rejected() {
        PoolAsset dollars = new PoolAsset("V-USD", "OBL-D", ORIGINATOR, Money.of(100_000, "USD"), CUT_OFF.plusDays(90),
                PoolAssetStatus.ACTIVE, null);

        assertThat(add(dollars)).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void criteria_must_describe_a_window_a_limit_and_poolable_statuses() {
        assertThat(codeOf(() -> Eligibility.validate(CRITERIA))).isNull();
        assertThat(codeOf(() -> Eligibility.validate(new PoolCriteria("CNY", 181, 180, 3_000, List.of(PoolAssetStatus.ACTIVE)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Eligibility.validate(new PoolCriteria("CNY", 30, 180, 0, List.of(PoolAssetStatus.ACTIVE)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Eligibility.validate(new PoolCriteria("CNY", 30, 180, 10_001, List.of(PoolAssetStatus.ACTIVE)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Eligibility.validate(new PoolCriteria("CNY", 30, 180, 3_000, List.of(PoolAssetStatus.OVERDUE)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
}
