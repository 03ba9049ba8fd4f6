package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.OpaqueText;

/** Arguments of {@code ListVouchersByHolder}: one page, in voucher id order. */
public record VouchersByHolderQuery(String holderId, int pageSize, @OpaqueText String bookmark) {
}
