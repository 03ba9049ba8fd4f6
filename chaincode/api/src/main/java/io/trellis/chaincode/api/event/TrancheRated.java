package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.TrancheRating;

/** A rating agency rated one tranche of a deal. */
public record TrancheRated(String poolId, TrancheRating rating) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
