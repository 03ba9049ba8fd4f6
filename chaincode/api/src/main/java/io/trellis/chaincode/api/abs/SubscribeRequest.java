package io.trellis.chaincode.api.abs;

/** Arguments of {@code Subscribe}: the calling investor's order; a second order for the tranche replaces the first. */
public record SubscribeRequest(String poolId, TrancheClass trancheClass, long units) {
}
