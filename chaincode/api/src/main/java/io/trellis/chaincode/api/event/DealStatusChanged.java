package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.DealStatus;

/** A deal moved from one state to another. */
public record DealStatusChanged(String poolId, DealStatus from, DealStatus to, long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
