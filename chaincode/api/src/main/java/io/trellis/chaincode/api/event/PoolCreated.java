package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.Pool;

/** A securities firm created a pool (and its deal, STRUCTURING) for an originator. */
public record PoolCreated(Pool pool) implements DomainEvent {

    @Override
    public String aggregateId() {
        return pool.id();
    }
}
