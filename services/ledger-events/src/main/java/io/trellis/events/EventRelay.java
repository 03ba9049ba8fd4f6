package io.trellis.events;

import io.trellis.ledger.events.ChaincodeEventSource;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.ledger.events.RelayCheckpoint;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.jboss.logging.Logger;

/**
 * Copies chaincode events to the sink, each exactly once: it resumes after the sink's last committed
 * checkpoint, and every event's messages commit together with the checkpoint that passes it.
 */
public final class EventRelay {
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final ChaincodeEventSource source;
    private final EventSink sink;
    private final CheckpointStore checkpoints;
    private final EventBatchTranslator translator = new EventBatchTranslator();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicReference<RelayCheckpoint> position = new AtomicReference<>();

    public EventRelay(ChaincodeEventSource source, EventSink sink, CheckpointStore checkpoints) {
        this.source = source;
        this.sink = sink;
        this.checkpoints = checkpoints;
    }

    /**
     * Relays from the last checkpoint until the stream ends or fails. A failure propagates after the last
     * fully committed event, so calling again resumes exactly there.
     */
    public void run() {
        Optional<RelayCheckpoint> start = checkpoints.last();
        start.ifPresent(position::set);
        LOG.infof("relaying chaincode events after %s", start.map(Object::toString).orElse("the first block"));
        try (CloseableIterator<ChaincodeEvent> events = source.eventsAfter(start)) {
            while (events.hasNext()) {
                relay(events.next());
            }
        }
    }

    private void relay(ChaincodeEvent event) {
        List<LedgerEventMessage> messages = translator.translate(event);
        RelayCheckpoint checkpoint = new RelayCheckpoint(event.getBlockNumber(), event.getTransactionId());
        sink.publish(messages, checkpoint);
        position.set(checkpoint);
        relayed.addAndGet(messages.size());
        LOG.debugf("tx=%s block=%d relayed %d event(s)", event.getTransactionId(), event.getBlockNumber(), messages.size());
    }

    /** Domain events relayed by this instance. */
    public long relayedCount() {
        return relayed.get();
    }

    /** The last committed position, if any. */
    public Optional<RelayCheckpoint> position() {
        return Optional.ofNullable(position.get());
    }
}
