package io.trellis.scf.settlement;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.scf.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Records payments and their payouts. Both are written once on the ledger, so a row that exists is never
 * touched again; neither needs the other to be there first.
 */
@ApplicationScoped
public class SettlementProjector implements EventProjector {
    private static final Logger LOG = Logger.getLogger(SettlementProjector.class);

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PaymentApplied || event instanceof PayoutInstructed;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case PaymentApplied payment -> {
                if (SettlementView.findById(payment.paymentId()) == null) {
                    SettlementView.of(payment, message).persist();
                    LOG.infof("tx=%s payment %s projected", message.transactionId(), payment.paymentId());
                }
            }
            case PayoutInstructed payout -> {
                PayoutView view = PayoutView.of(payout.paymentId(), payout.payout());
                if (PayoutView.findById(view.key) == null) {
                    view.persist();
                }
            }
            default -> throw new IllegalArgumentException(
                    "not a settlement event: " + message.event().getClass().getSimpleName());
        }
    }
}
