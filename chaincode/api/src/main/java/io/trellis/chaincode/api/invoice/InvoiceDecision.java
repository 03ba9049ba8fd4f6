package io.trellis.chaincode.api.invoice;

/** Arguments of {@code ConfirmInvoice}, {@code DisputeInvoice} and {@code CancelInvoice}; a dispute needs a reason. */
public record InvoiceDecision(String invoiceId, String reason) {
}
