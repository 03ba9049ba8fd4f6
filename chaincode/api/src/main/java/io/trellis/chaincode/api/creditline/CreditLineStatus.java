package io.trellis.chaincode.api.creditline;

/** Whether a credit line still finances: a REVOKED line takes no new approvals, ever. */
public enum CreditLineStatus {
    ACTIVE,
    REVOKED
}
