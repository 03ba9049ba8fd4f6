package io.trellis.chaincode.api.abs;

/**
 * What an eligibility report checks (docs/abs.md §1), in the order {@code AddPoolAssets} checks it: the pool first,
 * then each voucher's own criteria, then concentration over the whole addition.
 */
public enum EligibilityCriterion {
    /** The pool still takes vouchers: its deal is STRUCTURING ({@code DEAL_STRUCTURE_FROZEN} otherwise). */
    POOL_OPEN,
    /** The voucher exists and the caller may see it ({@code VOUCHER_NOT_FOUND} for both, so ids cannot be probed). */
    EXISTS,
    /** The voucher still owes something ({@code INVALID_ARGUMENT}). */
    OUTSTANDING,
    /** In the pool's currency ({@code CURRENCY_MISMATCH}). */
    CURRENCY,
    /** In no pool, this one included, and named once ({@code ASSET_ALREADY_POOLED}). */
    NOT_POOLED,
    /** A status the pool takes ({@code ASSET_STATUS_NOT_ELIGIBLE}). */
    STATUS,
    /** Held by the pool's originator ({@code ASSET_NOT_HELD_BY_ORIGINATOR}). */
    HOLDER,
    /** Days from the cut-off to maturity inside the pool's window ({@code ASSET_MATURITY_OUT_OF_WINDOW}). */
    MATURITY,
    /** Its obligor within the limit once the addition is in ({@code OBLIGOR_CONCENTRATION_EXCEEDED}). */
    CONCENTRATION
}
