package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One voucher of an eligibility report. A voucher that does not exist or that the caller may not see carries its
 * id and a failed {@link EligibilityCriterion#EXISTS} only: nothing else of it is shown.
 *
 * @param voucherId       as asked
 * @param obligorId       who owes it; null when unknown to the caller
 * @param outstanding     its outstanding principal now; null when unknown
 * @param maturity        its maturity date; null when unknown
 * @param daysToMaturity  days from the pool's cut-off to maturity (negative once past); null when unknown
 * @param status          its status now; null when unknown
 * @param eligible        every criterion passed
 * @param criteria        every criterion of a voucher, in the order {@code AddPoolAssets} checks them
 */
public record VoucherEligibility(String voucherId, String obligorId, Money outstanding, LocalDate maturity,
        Long daysToMaturity, PoolAssetStatus status, boolean eligible, List<CriterionResult> criteria) {

    public VoucherEligibility {
        criteria = List.copyOf(criteria);
    }
}
