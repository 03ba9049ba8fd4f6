package io.trellis.chaincode.invoice;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.core.ChaincodeException;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;

/** Invoices in world state under {@code invoice/<sha256 of seller tax id, code, number>}. */
public final class InvoiceRepository {
    static final String INVOICE = "invoice";

    private final StateStore state;

    public InvoiceRepository(StateStore state) {
        this.state = state;
    }

    public Optional<Invoice> find(String id) {
        return state.get(state.key(INVOICE, id), Invoice.class);
    }

    public Invoice get(String id) {
        return find(id).orElseThrow(() -> new ChaincodeException(ErrorCode.INVOICE_NOT_FOUND, "no invoice " + id));
    }

    public void save(Invoice invoice) {
        state.put(state.key(INVOICE, invoice.id()), invoice);
    }
}
