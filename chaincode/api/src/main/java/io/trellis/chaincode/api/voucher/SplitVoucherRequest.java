package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.Money;
import java.util.List;

/** Arguments of {@code SplitVoucher}: 2 to 99 positive parts summing exactly to the voucher's amount. */
public record SplitVoucherRequest(String voucherId, List<Money> parts) {
}
