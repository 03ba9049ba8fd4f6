package io.trellis.chaincode.api.abs;

/** Arguments of {@code AppointProvider}; the calling securities firm must manage the pool. */
public record AppointProviderRequest(String poolId, ProviderRole role, String providerId) {
}
