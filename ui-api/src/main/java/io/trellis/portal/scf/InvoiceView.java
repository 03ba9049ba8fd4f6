package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An invoice between a supplier (seller) and a core enterprise (buyer), as its two parties see it. */
public record InvoiceView(String id, String sellerId, String buyerId, String invoiceCode, String invoiceNumber,
        Money amount, LocalDate issueDate, String documentHash, String status, String voucherId, String note,
        OffsetDateTime registeredAt) {
}
