package io.trellis.chaincode.api.config;

/** Arguments of {@code SetConfig}: the platform operator sets the tier limit (1 to {@link ChaincodeConfig#MAX_TIER_LIMIT}). */
public record SetConfigRequest(int tierLimit) {
}
