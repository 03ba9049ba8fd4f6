package io.trellis.chaincode.api.event;

import java.util.List;

/**
 * The payload of the one chaincode event a transaction emits (Fabric keeps only the last {@code setEvent}).
 *
 * @param events the transaction's domain events in the order they happened
 */
public record EventBatch(List<DomainEvent> events) {
    /** Name of the chaincode event every Trellis transaction emits. */
    public static final String EVENT_NAME = "trellis";

    public EventBatch {
        events = List.copyOf(events);
    }
}
