package io.trellis.chaincode.api.invoice;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A VAT invoice registered by its seller. Its id is the SHA-256 of (seller tax id, invoice code, invoice
 * number), so the same invoice exists at most once on the whole network.
 *
 * @param id            64 lowercase hex characters
 * @param sellerId      the supplier that issued it; its unified social credit code is its tax id
 * @param buyerId       the core enterprise it is addressed to
 * @param invoiceCode   the tax authority's invoice code
 * @param invoiceNumber the invoice number
 * @param amount        amount including tax
 * @param issueDate     date printed on the invoice
 * @param documentHash  SHA-256 (lowercase hex) of the invoice document kept off chain
 * @param status        current state
 * @param voucherId     the root voucher it backs while PLEDGED or SETTLED, else null
 * @param note          the buyer's reason for a dispute, else null
 * @param registeredAt  transaction timestamp of the registration
 * @param version       incremented by every change
 */
public record Invoice(
        String id,
        String sellerId,
        String buyerId,
        String invoiceCode,
        String invoiceNumber,
        Money amount,
        LocalDate issueDate,
        String documentHash,
        InvoiceStatus status,
        String voucherId,
        String note,
        String registeredAt,
        long version) {

    public Invoice with(InvoiceStatus newStatus, String newVoucherId, String newNote) {
        return new Invoice(id, sellerId, buyerId, invoiceCode, invoiceNumber, amount, issueDate, documentHash, newStatus,
                newVoucherId, newNote, registeredAt, version + 1);
    }
}
