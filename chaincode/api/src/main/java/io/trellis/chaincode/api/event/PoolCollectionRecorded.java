package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.PoolCollection;

/** A settlement paid pooled vouchers: the money belongs to the pool, not to a holder. */
public record PoolCollectionRecorded(PoolCollection collection) implements DomainEvent {

    @Override
    public String aggregateId() {
        return collection.poolId();
    }
}
