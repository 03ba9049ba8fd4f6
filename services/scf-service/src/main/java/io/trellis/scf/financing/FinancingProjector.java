package io.trellis.scf.financing;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.FinancingApplied;
import io.trellis.chaincode.api.event.FinancingStatusChanged;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.RowProjection;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@link FinancingView} in step with the financings on the ledger. */
@ApplicationScoped
public class FinancingProjector implements EventProjector {
    private final RowProjection rows;

    FinancingProjector(RowProjection rows) {
        this.rows = rows;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof FinancingApplied || event instanceof FinancingStatusChanged;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case FinancingApplied applied ->
                    rows.create(applied.financing().id(), FinancingView.of(applied.financing(), message), this);
            case FinancingStatusChanged changed -> moved(changed, message);
            default -> throw new IllegalArgumentException(
                    "not a financing event: " + message.event().getClass().getSimpleName());
        }
    }

    private void moved(FinancingStatusChanged changed, LedgerEventMessage message) {
        rows.change(FinancingView.class, changed.financingId(), changed.version(), message, view -> {
            view.status = changed.to().name();
            view.termsHash = changed.termsHash();
            view.disbursementPaymentId = changed.paymentId();
            view.reason = changed.reason();
        });
    }
}
