package io.trellis.events;

import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.ledger.events.RelayCheckpoint;
import java.util.List;

/** Where relayed events go. */
public interface EventSink {

    /**
     * Publishes {@code messages} and records {@code checkpoint} atomically: after a crash either both are
     * visible to readers or neither is.
     */
    void publish(List<LedgerEventMessage> messages, RelayCheckpoint checkpoint);
}
