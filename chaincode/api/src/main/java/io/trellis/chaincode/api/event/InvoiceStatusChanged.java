package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.invoice.InvoiceStatus;

/** An invoice moved from one state to another; {@code voucherId} is the root voucher it backs, if any. */
public record InvoiceStatusChanged(String invoiceId, InvoiceStatus from, InvoiceStatus to, String voucherId, String note,
        long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return invoiceId;
    }
}
