package io.trellis.chaincode.api.abs;

/** Arguments of {@code RecordAttestation}; the calling service provider is the attester. */
public record RecordAttestationRequest(String poolId, AttestationKind kind, AttestationOpinion opinion,
        String documentHash) {
}
