package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.Subscription;

/** An investor ordered units of a tranche (replacing any earlier order for it). */
public record SubscriptionPlaced(String poolId, Subscription subscription) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
