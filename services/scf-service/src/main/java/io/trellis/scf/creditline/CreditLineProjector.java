package io.trellis.scf.creditline;

import io.trellis.chaincode.api.event.CreditLineChanged;
import io.trellis.chaincode.api.event.CreditLineGranted;
import io.trellis.chaincode.api.event.CreditLineReleased;
import io.trellis.chaincode.api.event.CreditLineUsed;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.ParkedEvents;
import io.trellis.desk.projection.RowProjection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@link CreditLineView} in step with the ledger. Uses and releases are amounts, not versions: the
 * exactly-once claim of each event is what keeps the sum right, in whatever order they come. A change (reduction,
 * revocation) carries the whole line and applies only if newer than the row.
 */
@ApplicationScoped
public class CreditLineProjector implements EventProjector {
    private final RowProjection rows;
    private final ParkedEvents parked;

    CreditLineProjector(RowProjection rows, ParkedEvents parked) {
        this.rows = rows;
        this.parked = parked;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof CreditLineGranted || event instanceof CreditLineChanged
                || event instanceof CreditLineUsed || event instanceof CreditLineReleased;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case CreditLineGranted granted ->
                    rows.create(granted.line().id(), CreditLineView.of(granted.line(), message), this);
            case CreditLineChanged changed -> rows.change(CreditLineView.class, changed.line().id(),
                    changed.line().version(), message, row -> row.takeTerms(changed.line()));
            case CreditLineUsed used -> addUse(used.lineId(), used.amount().minor(), message);
            case CreditLineReleased released -> addUse(released.lineId(), -released.amount().minor(), message);
            default -> throw new IllegalArgumentException(
                    "not a credit line event: " + message.event().getClass().getSimpleName());
        }
    }

    private void addUse(String lineId, long delta, LedgerEventMessage message) {
        CreditLineView line = CreditLineView.findById(lineId);
        if (line == null) {
            parked.park(lineId, message);
            return;
        }
        line.usedMinor = Math.addExact(line.usedMinor, delta);
        line.stamp(message, line.version);
    }
}
