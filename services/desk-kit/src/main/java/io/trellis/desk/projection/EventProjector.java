package io.trellis.desk.projection;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.ledger.events.LedgerEventMessage;

/** Applies the ledger events of one feature to its read model. */
public interface EventProjector {

    /** @return true if this projector handles events of that type */
    boolean handles(DomainEvent event);

    /** Applies one event; runs inside the projection's database transaction. */
    void apply(LedgerEventMessage message);
}
