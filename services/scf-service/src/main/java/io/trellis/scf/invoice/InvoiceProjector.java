package io.trellis.scf.invoice;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.event.InvoiceStatusChanged;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.RowProjection;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@link InvoiceView} in step with the invoices on the ledger. */
@ApplicationScoped
public class InvoiceProjector implements EventProjector {
    private final RowProjection rows;

    InvoiceProjector(RowProjection rows) {
        this.rows = rows;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof InvoiceRegistered || event instanceof InvoiceStatusChanged;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case InvoiceRegistered registered ->
                    rows.create(registered.invoice().id(), InvoiceView.of(registered.invoice(), message), this);
            case InvoiceStatusChanged changed -> moved(changed, message);
            default -> throw new IllegalArgumentException(
                    "not an invoice event: " + message.event().getClass().getSimpleName());
        }
    }

    private void moved(InvoiceStatusChanged changed, LedgerEventMessage message) {
        rows.change(InvoiceView.class, changed.invoiceId(), changed.version(), message, view -> {
            view.status = changed.to().name();
            view.voucherId = changed.voucherId();
            view.note = changed.note();
        });
    }
}
