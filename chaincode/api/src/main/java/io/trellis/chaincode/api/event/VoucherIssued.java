package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.voucher.Voucher;

/** A core enterprise issued a voucher to a supplier. */
public record VoucherIssued(Voucher voucher) implements DomainEvent {

    @Override
    public String aggregateId() {
        return voucher.id();
    }
}
