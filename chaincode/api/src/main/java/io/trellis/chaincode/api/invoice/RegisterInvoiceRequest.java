package io.trellis.chaincode.api.invoice;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/** Arguments of {@code RegisterInvoice}; the seller is the calling supplier. */
public record RegisterInvoiceRequest(
        String buyerId,
        String invoiceCode,
        String invoiceNumber,
        Money amount,
        LocalDate issueDate,
        String documentHash) {
}
