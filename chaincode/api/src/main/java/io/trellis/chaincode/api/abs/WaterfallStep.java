package io.trellis.chaincode.api.abs;

/** The steps of the waterfall; their order depends on whether the default trigger has hit. */
public enum WaterfallStep {
    FEES,
    SENIOR_INTEREST,
    MEZZANINE_INTEREST,
    SENIOR_PRINCIPAL,
    MEZZANINE_PRINCIPAL,
    SUBORDINATED_PRINCIPAL,
    SUBORDINATED_RESIDUAL
}
