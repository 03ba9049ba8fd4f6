package io.trellis.portal.abs;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityViewTest {

    @Test
    void every_voucher_shows_one_cell_per_criterion_in_the_ledgers_order_and_a_failure_names_its_sentence() {
        VoucherEligibility unknown = new VoucherEligibility("VC9", null, null, null, null, null, false, List.of(
                CriterionResult.failed(EligibilityCriterion.EXISTS, ErrorCode.VOUCHER_NOT_FOUND, "no such voucher")));
        VoucherEligibility tooMuch = new VoucherEligibility("VC1", "CORE", cny(5_000_000), LocalDate.of(2026, 8, 15),
                166L, PoolAssetStatus.ACTIVE, false, List.of(
                        CriterionResult.passed(EligibilityCriterion.EXISTS),
                        CriterionResult.failed(EligibilityCriterion.CONCENTRATION,
                                ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED, "42.86% > 40.00%")));
        EligibilityReport report = new EligibilityReport("AP1", new PoolCriteria("CNY", 30, 365, 4000,
                List.of(PoolAssetStatus.ACTIVE)), LocalDate.of(2026, 3, 2),
                CriterionResult.passed(EligibilityCriterion.POOL_OPEN), List.of(unknown, tooMuch), cny(100_000_000),
                cny(105_000_000), List.of(new ObligorConcentration("CORE", cny(40_000_000), cny(45_000_000), 4286,
                        4000, true, false)), false);

        EligibilityView view = EligibilityView.of(report);

        assertThat(view.criteria()).containsExactly("EXISTS", "OUTSTANDING", "CURRENCY", "NOT_POOLED", "STATUS",
                "HOLDER", "MATURITY", "CONCENTRATION");
        assertThat(view.vouchers().get(0).cells()).extracting(EligibilityView.Cell::outcome)
                .containsExactly("FAILED", "NOT_CHECKED", "NOT_CHECKED", "NOT_CHECKED", "NOT_CHECKED", "NOT_CHECKED",
                        "NOT_CHECKED", "NOT_CHECKED");
        assertThat(view.vouchers().get(0).cells().get(0).problemKey()).isEqualTo("problem.VOUCHER_NOT_FOUND");
        assertThat(view.vouchers().get(1).cells().get(7).problemKey())
                .isEqualTo("problem.OBLIGOR_CONCENTRATION_EXCEEDED");
        assertThat(view.vouchers().get(1).status()).isEqualTo("ACTIVE");
        assertThat(view.obligors().getFirst().share()).isEqualTo("42.86%");
        assertThat(view.obligors().getFirst().limit()).isEqualTo("40.00%");
        assertThat(view.poolOpen()).isTrue();
        assertThat(view.eligible()).isFalse();
    }

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }
}
