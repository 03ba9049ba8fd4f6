package io.trellis.scf.support;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Commits transactions the way the relay reports them: each gets a fresh transaction id and the next block, and
 * its events go to Kafka in order with their index.
 */
public final class Ledger implements AutoCloseable {
    private final LedgerEvents events = new LedgerEvents();
    private long block = 1_000;

    /** Publishes one transaction's events; returns its messages so a test can deliver them again. */
    public List<LedgerEventMessage> commit(DomainEvent... batch) {
        List<LedgerEventMessage> messages = record(batch);
        deliver(messages);
        return messages;
    }

    /** Commits a transaction without publishing it yet, so a test can let later ones overtake it. */
    public List<LedgerEventMessage> record(DomainEvent... batch) {
        String transactionId = UUID.randomUUID().toString().replace("-", "");
        block++;
        List<LedgerEventMessage> messages = new ArrayList<>();
        for (int i = 0; i < batch.length; i++) {
            messages.add(new LedgerEventMessage(transactionId, block, i, batch[i]));
        }
        return messages;
    }

    /** Delivers messages (again), as Kafka does after a consumer restart. */
    public void deliver(List<LedgerEventMessage> messages) {
        messages.forEach(events::publish);
    }

    @Override
    public void close() {
        events.close();
    }
}
