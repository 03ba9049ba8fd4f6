package io.trellis.chaincode.api.abs;

/** Arguments of {@code GetTrancheAssets}. */
public record TrancheQuery(String poolId, TrancheClass trancheClass) {
}
