package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.voucher.Voucher;

/** A holder transferred a voucher: the parent is spent (TRANSFERRED) and {@code child} belongs to the recipient. */
public record VoucherTransferred(String parentId, String fromHolderId, Voucher child) implements DomainEvent {

    @Override
    public String aggregateId() {
        return parentId;
    }
}
