package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.voucher.Voucher;
import java.util.List;

/** A holder split a voucher: the parent is spent (SPLIT) and {@code children} replace it. */
public record VoucherSplit(String parentId, List<Voucher> children) implements DomainEvent {

    public VoucherSplit {
        children = List.copyOf(children);
    }

    @Override
    public String aggregateId() {
        return parentId;
    }
}
