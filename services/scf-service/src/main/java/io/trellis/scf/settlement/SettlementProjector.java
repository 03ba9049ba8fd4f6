package io.trellis.scf.settlement;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Records payments (per bank and payment id) and their payouts (per payout id). Both are written once on the
 * ledger, so a row that exists is never touched again; neither needs the other to be there first. Events from
 * before payments named their bank and payouts had ids cannot be keyed and are skipped.
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
            case PaymentApplied payment when payment.bankId() == null -> skip(message, payment.paymentId());
            case PaymentApplied payment -> {
                SettlementView view = SettlementView.of(payment, message);
                if (SettlementView.findById(view.key) == null) {
                    view.persist();
                    LOG.infof("tx=%s payment %s of bank %s projected", message.transactionId(), payment.paymentId(),
                            payment.bankId());
                }
            }
            case PayoutInstructed payout when payout.bankId() == null || payout.payout().payoutId() == null ->
                    skip(message, payout.paymentId());
            case PayoutInstructed payout -> {
                if (PayoutView.findById(payout.payout().payoutId()) == null) {
                    PayoutView.of(payout).persist();
                }
            }
            default -> throw new IllegalArgumentException(
                    "not a settlement event: " + message.event().getClass().getSimpleName());
        }
    }

    private static void skip(LedgerEventMessage message, String paymentId) {
        LOG.warnf("tx=%s %s of payment %s names no bank or payout id (older layout): not projected",
                message.transactionId(), message.event().getClass().getSimpleName(), paymentId);
    }
}
