package io.trellis.chaincode.api.abs;

/** What an attestation concludes; only an unqualified or qualified opinion satisfies a pool's requirement. */
public enum AttestationOpinion {
    UNQUALIFIED,
    QUALIFIED,
    ADVERSE,
    DISCLAIMER
}
