package io.trellis.chaincode.api.abs;

/**
 * A service provider's attestation on a pool, anchored by the hash of its document.
 *
 * @param kind         what is attested
 * @param providerId   the service provider's party id
 * @param opinion      what the provider concludes
 * @param documentHash SHA-256 of the signed document, lower-case hex
 */
public record Attestation(AttestationKind kind, String providerId, AttestationOpinion opinion, String documentHash) {
}
