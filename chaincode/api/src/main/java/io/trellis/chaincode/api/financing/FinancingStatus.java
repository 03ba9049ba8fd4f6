package io.trellis.chaincode.api.financing;

/** Life of a financing: see docs/domain.md for the state machine. */
public enum FinancingStatus {
    APPLIED,
    APPROVED,
    DECLINED,
    DISBURSED,
    /** The voucher was settled at maturity before the financing completed. */
    EXPIRED
}
