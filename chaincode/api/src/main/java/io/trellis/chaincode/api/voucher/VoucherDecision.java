package io.trellis.chaincode.api.voucher;

/** Arguments of {@code AcceptVoucher}, {@code RejectVoucher} and {@code MarkVoucherOverdue}. */
public record VoucherDecision(String voucherId, String reason) {
}
