package io.trellis.chaincode.api.voucher;

/** Arguments of {@code TransferVoucher}: the whole voucher goes to another supplier (split first for a part). */
public record TransferVoucherRequest(String voucherId, String recipientId) {
}
