package io.trellis.chaincode.api.abs;

/** A pool asset's status, mirroring the credit voucher's; only ACTIVE and FINANCED vouchers may be pooled. */
public enum PoolAssetStatus {
    ISSUED,
    ACTIVE,
    REJECTED,
    SPLIT,
    TRANSFERRED,
    FINANCING,
    FINANCED,
    POOLED,
    SETTLED,
    OVERDUE,
    CANCELLED
}
