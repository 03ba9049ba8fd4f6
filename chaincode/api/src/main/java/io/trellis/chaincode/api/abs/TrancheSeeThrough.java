package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * The assets behind a tranche: every tranche is backed by the whole pool, so this is the pool's vouchers as they
 * are now and the obligors who owe them.
 *
 * @param poolId   the deal
 * @param tranche  the tranche's terms
 * @param balance  what the tranche is still owed, or null before issuance
 * @param assets   the pooled vouchers now, by voucher id
 * @param obligors outstanding per obligor, by obligor id
 */
public record TrancheSeeThrough(String poolId, TrancheTerms tranche, TrancheBalance balance, List<PoolAsset> assets,
        List<ObligorExposure> obligors) {

    public TrancheSeeThrough {
        assets = List.copyOf(assets);
        obligors = List.copyOf(obligors);
    }
}
