package io.trellis.scf.settlement;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps {@link SettlementAccountView} at the newest designation. Each designation carries the whole account, so the
 * first one seen creates the row and a later one replaces it only if its version is newer: nothing waits for
 * anything, in whatever order deliveries come.
 */
@ApplicationScoped
public class SettlementAccountProjector implements EventProjector {
    private static final Logger LOG = Logger.getLogger(SettlementAccountProjector.class);

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof SettlementBankDesignated;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        if (!(message.event() instanceof SettlementBankDesignated designated)) {
            throw new IllegalArgumentException(
                    "not a settlement account event: " + message.event().getClass().getSimpleName());
        }
        SettlementAccountView row = SettlementAccountView.findById(designated.obligorId());
        if (row == null) {
            SettlementAccountView.of(designated, message).persist();
        } else if (row.isOlderThan(designated.version())) {
            row.take(designated, message);
        } else {
            return;
        }
        LOG.infof("tx=%s settlement account of %s at version %d projected", message.transactionId(),
                designated.obligorId(), designated.version());
    }
}
