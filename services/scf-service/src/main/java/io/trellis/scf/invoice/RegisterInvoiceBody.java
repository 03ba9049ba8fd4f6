package io.trellis.scf.invoice;

import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of {@code POST /invoices}: the calling supplier is the seller. */
public record RegisterInvoiceBody(@NotBlank String buyerId, @NotBlank String invoiceCode, @NotBlank String invoiceNumber,
        @NotNull @Valid AmountBody amount, @NotNull LocalDate issueDate, @NotBlank String documentHash) {

    RegisterInvoiceRequest toRequest() {
        return new RegisterInvoiceRequest(buyerId, invoiceCode, invoiceNumber, amount.toMoney(), issueDate, documentHash);
    }
}
