package io.trellis.chaincode.api.voucher;

/** Arguments of {@code ListVouchersByStatus}: one page, in voucher id order. */
public record VouchersByStatusQuery(VoucherStatus status, int pageSize, String bookmark) {
}
