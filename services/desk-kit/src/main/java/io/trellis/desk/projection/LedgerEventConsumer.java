package io.trellis.desk.projection;

import io.smallrye.common.annotation.Blocking;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code trellis.ledger.events} and projects each event exactly once: the claim of (transaction id,
 * index) is written in the same database transaction as the projection, and the Kafka offset is
 * committed only after it. A message that cannot be read stops the consumer (its health check fails)
 * rather than being skipped.
 */
@ApplicationScoped
public class LedgerEventConsumer {
    private static final Logger LOG = Logger.getLogger(LedgerEventConsumer.class);

    private final Instance<EventProjector> projectors;

    LedgerEventConsumer(Instance<EventProjector> projectors) {
        this.projectors = projectors;
    }

    @Incoming("ledger-events")
    @Blocking
    @Transactional
    public void consume(String json) {
        LedgerEventMessage message = JsonCodec.fromJson(json, LedgerEventMessage.class);
        if (!ProjectedEvent.claim(message.transactionId(), message.index())) {
            LOG.debugf("tx=%s event %d already projected", message.transactionId(), message.index());
            return;
        }
        projectors.stream()
                .filter(projector -> projector.handles(message.event()))
                .forEach(projector -> projector.apply(message));
    }
}
