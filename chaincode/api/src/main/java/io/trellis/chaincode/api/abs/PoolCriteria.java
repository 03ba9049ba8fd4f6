package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * A pool's eligibility criteria, fixed when the pool is created.
 *
 * @param currency                     the currency of every asset in the pool
 * @param minDaysToMaturity            fewest days from the cut-off date to an asset's maturity, inclusive
 * @param maxDaysToMaturity            most days from the cut-off date to an asset's maturity, inclusive
 * @param maxObligorConcentrationBp    the largest share of pool principal one obligor may owe, in basis points
 * @param allowedStatuses              statuses an asset may have when pooled: a subset of ACTIVE and FINANCED
 */
public record PoolCriteria(
        String currency,
        int minDaysToMaturity,
        int maxDaysToMaturity,
        int maxObligorConcentrationBp,
        List<PoolAssetStatus> allowedStatuses) {

    public PoolCriteria {
        allowedStatuses = allowedStatuses == null ? null : List.copyOf(allowedStatuses);
    }
}
