package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.invoice.Invoice;

/** A supplier registered an invoice. */
public record InvoiceRegistered(Invoice invoice) implements DomainEvent {

    @Override
    public String aggregateId() {
        return invoice.id();
    }
}
