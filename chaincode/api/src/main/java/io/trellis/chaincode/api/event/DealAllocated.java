package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.TrancheAllocation;
import java.util.List;

/** Subscription closed (or a tranche was resized): who gets how many units. */
public record DealAllocated(String poolId, List<TrancheAllocation> allocations) implements DomainEvent {

    public DealAllocated {
        allocations = List.copyOf(allocations);
    }

    @Override
    public String aggregateId() {
        return poolId;
    }
}
