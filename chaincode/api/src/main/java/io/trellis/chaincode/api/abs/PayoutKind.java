package io.trellis.chaincode.api.abs;

/** Why an investor is paid. */
public enum PayoutKind {
    INTEREST,
    PRINCIPAL,
    RESIDUAL
}
