package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code CheckPoolEligibility}: whether {@code AddPoolAssets} would take exactly these vouchers into
 * the pool now, and why, criterion by criterion, from the same evaluation that transaction runs (docs/abs.md §1).
 *
 * @param poolId        the pool
 * @param criteria      the pool's criteria
 * @param cutOffDate    the date days to maturity are counted from
 * @param poolOpen      the pool still takes vouchers ({@link EligibilityCriterion#POOL_OPEN})
 * @param vouchers      each voucher asked about, in the order asked
 * @param poolPrincipal the pool's principal now (each pooled voucher at its principal when added)
 * @param poolAfter     the pool's principal once the eligible candidates are in
 * @param obligors      every obligor of the pool and of the eligible candidates, by obligor id
 * @param eligible      the pool is open, every voucher is eligible and every obligor passes: the addition would
 *                      be accepted
 */
public record EligibilityReport(String poolId, PoolCriteria criteria, LocalDate cutOffDate, CriterionResult poolOpen,
        List<VoucherEligibility> vouchers, Money poolPrincipal, Money poolAfter, List<ObligorConcentration> obligors,
        boolean eligible) {

    public EligibilityReport {
        vouchers = List.copyOf(vouchers);
        obligors = List.copyOf(obligors);
    }
}
