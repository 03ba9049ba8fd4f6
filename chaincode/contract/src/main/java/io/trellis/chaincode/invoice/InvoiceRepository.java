package io.trellis.chaincode.invoice;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/** Invoices in world state under {@code invoice/<sha256 of seller tax id, code, number>}. */
public final class InvoiceRepository {
    static final String INVOICE = "invoice";

    private final KeyedRecords<Invoice> invoices;

    public InvoiceRepository(StateStore state) {
        this.invoices = new KeyedRecords<>(state, INVOICE, Invoice.class, ErrorCode.INVOICE_NOT_FOUND, "invoice");
    }

    public Optional<Invoice> find(String id) {
        return invoices.find(id);
    }

    public Invoice get(String id) {
        return invoices.get(id);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public Invoice get(String id, Predicate<? super Invoice> visible) {
        return invoices.get(visible, id);
    }

    public void save(Invoice invoice) {
        invoices.save(invoice, invoice.id());
    }
}
