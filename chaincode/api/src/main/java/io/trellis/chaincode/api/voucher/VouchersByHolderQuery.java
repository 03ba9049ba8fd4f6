package io.trellis.chaincode.api.voucher;

/** Arguments of {@code ListVouchersByHolder}: one page, in voucher id order. */
public record VouchersByHolderQuery(String holderId, int pageSize, String bookmark) {
}
