package io.trellis.chaincode.api.abs;

/** Units an investor holds in one deal's tranche. */
public record PoolHolding(String poolId, Holding holding) {
}
