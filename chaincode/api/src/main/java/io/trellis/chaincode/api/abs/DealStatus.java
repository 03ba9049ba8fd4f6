package io.trellis.chaincode.api.abs;

/** Where a deal is in its life; see docs/abs.md for the transitions. */
public enum DealStatus {
    STRUCTURING,
    SUBSCRIPTION_OPEN,
    ALLOCATED,
    ISSUED,
    AMORTISING,
    MATURED,
    CANCELLED
}
