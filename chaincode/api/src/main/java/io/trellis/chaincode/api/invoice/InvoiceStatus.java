package io.trellis.chaincode.api.invoice;

/** Life of an invoice: see docs/domain.md for the state machine. */
public enum InvoiceStatus {
    REGISTERED,
    CONFIRMED,
    DISPUTED,
    PLEDGED,
    SETTLED,
    CANCELLED
}
