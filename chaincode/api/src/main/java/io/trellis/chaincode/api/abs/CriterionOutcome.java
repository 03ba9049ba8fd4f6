package io.trellis.chaincode.api.abs;

/** How one criterion of an eligibility report came out. */
public enum CriterionOutcome {
    PASSED,
    FAILED,
    /** Not checked: the voucher is unknown to the caller, or (concentration) it fails a criterion of its own. */
    NOT_CHECKED
}
