package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.PoolEntry;

/** A voucher joined a pool; the voucher itself reports its move to POOLED. */
public record PoolAssetAdded(PoolEntry entry) implements DomainEvent {

    @Override
    public String aggregateId() {
        return entry.poolId();
    }
}
