package io.trellis.chaincode.api.event;

/** The originator took a voucher back out of a pool before subscription opened. */
public record PoolAssetRemoved(String poolId, String voucherId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
