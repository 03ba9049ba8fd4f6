package io.trellis.scf.invoice;

import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Read model of an invoice, projected from ledger events. */
@Entity
@Table(name = "invoice")
public class InvoiceView extends ProjectedRow {

    @Id
    public String id;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "invoice_code", nullable = false)
    public String invoiceCode;

    @Column(name = "invoice_number", nullable = false)
    public String invoiceNumber;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "document_hash", nullable = false)
    public String documentHash;

    @Column(nullable = false)
    public String status;

    /** The root voucher it backs while PLEDGED or SETTLED. */
    @Column(name = "voucher_id")
    public String voucherId;

    /** The buyer's reason for a dispute. */
    public String note;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    static InvoiceView of(Invoice invoice, LedgerEventMessage message) {
        InvoiceView view = new InvoiceView();
        view.id = invoice.id();
        view.sellerId = invoice.sellerId();
        view.buyerId = invoice.buyerId();
        view.invoiceCode = invoice.invoiceCode();
        view.invoiceNumber = invoice.invoiceNumber();
        view.currency = invoice.amount().currency();
        view.amountMinor = invoice.amount().minor();
        view.issueDate = invoice.issueDate();
        view.documentHash = invoice.documentHash();
        view.status = invoice.status().name();
        view.voucherId = invoice.voucherId();
        view.note = invoice.note();
        view.registeredAt = OffsetDateTime.parse(invoice.registeredAt());
        view.stamp(message, invoice.version());
        return view;
    }
}
