package io.trellis.scf.voucher;

import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /vouchers}: the calling core enterprise issues to a supplier against confirmed invoices. */
public record IssueVoucherBody(@NotBlank String supplierId, @NotNull @Valid AmountBody amount,
        @NotNull LocalDate maturityDate, @NotEmpty List<@NotBlank String> invoiceIds) {

    IssueVoucherRequest toRequest() {
        return new IssueVoucherRequest(supplierId, amount.toMoney(), maturityDate, invoiceIds);
    }
}
