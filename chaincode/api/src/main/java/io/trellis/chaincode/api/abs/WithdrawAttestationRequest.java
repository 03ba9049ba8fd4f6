package io.trellis.chaincode.api.abs;

/** Arguments of {@code WithdrawAttestation}; the calling service provider withdraws its own attestation of that kind. */
public record WithdrawAttestationRequest(String poolId, AttestationKind kind) {
}
