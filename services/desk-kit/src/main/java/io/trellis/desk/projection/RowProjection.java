package io.trellis.desk.projection;

import io.quarkus.hibernate.orm.panache.Panache;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The two moves of every versioned read model: create a row from an aggregate's creation event, and apply a
 * later change only if it is newer than the row. A change for a row not there yet is parked until it is.
 */
@ApplicationScoped
public class RowProjection {
    private static final Logger LOG = Logger.getLogger(RowProjection.class);

    private final ParkedEvents parked;

    RowProjection(ParkedEvents parked) {
        this.parked = parked;
    }

    /**
     * Stores {@code row} unless a row of that id exists (a creation seen before changes nothing), then replays
     * what was parked for it through {@code projector}.
     */
    public void create(String aggregateId, ProjectedRow row, EventProjector projector) {
        if (Panache.getEntityManager().find(row.getClass(), aggregateId) != null) {
            return;
        }
        row.persist();
        LOG.infof("tx=%s %s %s projected", row.lastTransactionId, row.getClass().getSimpleName(), aggregateId);
        parked.replay(aggregateId, projector);
    }

    /** Applies {@code update} to the row of {@code aggregateId} if the event's {@code version} is newer than it. */
    public <R extends ProjectedRow> void change(Class<R> type, String aggregateId, long version,
            LedgerEventMessage message, Consumer<R> update) {
        R row = Panache.getEntityManager().find(type, aggregateId);
        if (row == null) {
            parked.park(aggregateId, message);
            return;
        }
        if (!row.isOlderThan(version)) {
            LOG.debugf("tx=%s %s %s already at version %d", message.transactionId(), row.getClass().getSimpleName(),
                    aggregateId, row.version);
            return;
        }
        update.accept(row);
        row.stamp(message, version);
    }
}
