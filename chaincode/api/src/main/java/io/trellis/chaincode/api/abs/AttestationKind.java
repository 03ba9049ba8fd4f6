package io.trellis.chaincode.api.abs;

/** Kinds of due-diligence attestation a pool may require before its deal opens for subscription. */
public enum AttestationKind {
    LEGAL_OPINION,
    AUDIT,
    TRUSTEE,
    RATING
}
