package io.trellis.chaincode.api.abs;

/** Arguments of {@code RunPaymentDate}: the SHA-256 (lower-case hex) of the servicer report document. */
public record RunPaymentDateRequest(String poolId, String documentHash) {
}
