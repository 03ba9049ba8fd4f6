package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.Holding;
import java.util.List;

/** A deal was issued: the units each investor now holds. */
public record HoldingsIssued(String poolId, List<Holding> holdings) implements DomainEvent {

    public HoldingsIssued {
        holdings = List.copyOf(holdings);
    }

    @Override
    public String aggregateId() {
        return poolId;
    }
}
