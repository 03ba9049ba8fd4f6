package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code IssueVoucher}: the calling core enterprise issues to a supplier against its confirmed invoices. */
public record IssueVoucherRequest(String supplierId, Money amount, LocalDate maturityDate, List<String> invoiceIds) {
}
