package io.trellis.desk.projection;

import io.quarkus.panache.common.Sort;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Holds events that overtook the creation of their aggregate's row. Kafka orders events per key only, and a
 * child voucher is created by an event keyed by its parent while its own later events are keyed by itself: on
 * another partition those can be consumed first. Such an event is parked (its exactly-once claim is already
 * taken) and replayed as soon as the row is created.
 */
@ApplicationScoped
public class ParkedEvents {
    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    public void park(String aggregateId, LedgerEventMessage message) {
        ParkedEvent parked = new ParkedEvent();
        parked.key = new ProjectedEvent.Key(message.transactionId(), message.index());
        parked.aggregateId = aggregateId;
        parked.blockNumber = message.blockNumber();
        parked.message = JsonCodec.toJson(message);
        parked.persist();
        LOG.infof("tx=%s %s parked until %s is projected", message.transactionId(),
                message.event().getClass().getSimpleName(), aggregateId);
    }

    /**
     * Hands the events parked for {@code aggregateId} to {@code projector}, oldest block first, and forgets them.
     * One aggregate's events are in distinct blocks (two transactions on one key cannot both commit in a block),
     * so block order is ledger order.
     */
    public void replay(String aggregateId, EventProjector projector) {
        List<ParkedEvent> parked = ParkedEvent.list("aggregateId", Sort.by("blockNumber").and("key.eventIndex"),
                aggregateId);
        for (ParkedEvent event : parked) {
            event.delete();
            projector.apply(JsonCodec.fromJson(event.message, LedgerEventMessage.class));
        }
    }
}
