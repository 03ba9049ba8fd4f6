package io.trellis.scf.invoice;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An invoice as the API shows it. */
public record InvoiceDto(String id, String sellerId, String buyerId, String invoiceCode, String invoiceNumber,
        Money amount, LocalDate issueDate, String documentHash, String status, String voucherId, String note,
        OffsetDateTime registeredAt, long version, String lastTransactionId) {

    static InvoiceDto of(InvoiceView view) {
        return new InvoiceDto(view.id, view.sellerId, view.buyerId, view.invoiceCode, view.invoiceNumber,
                Money.of(view.amountMinor, view.currency), view.issueDate, view.documentHash, view.status,
                view.voucherId, view.note, view.registeredAt, view.version, view.lastTransactionId);
    }
}
