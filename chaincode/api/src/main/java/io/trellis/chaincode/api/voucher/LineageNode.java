package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.Money;

/** One voucher of a tree, as the obligor's see-through view shows it. */
public record LineageNode(String voucherId, String parentId, String holderId, Money amount, Money outstanding, int tier,
        VoucherStatus status) {
}
