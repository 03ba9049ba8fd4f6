package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.DealStructure;

/** The manager set a deal's structure, or resized a tranche of it. */
public record DealStructured(String poolId, DealStructure structure) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
