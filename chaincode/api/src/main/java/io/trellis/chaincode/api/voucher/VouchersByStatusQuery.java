package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.OpaqueText;

/** Arguments of {@code ListVouchersByStatus}: one page, in voucher id order. */
public record VouchersByStatusQuery(VoucherStatus status, int pageSize, @OpaqueText String bookmark) {
}
