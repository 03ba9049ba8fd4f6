package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;

/** A payment paid {@code paid} of a voucher; SETTLED once {@code outstanding} is zero. */
public record VoucherPaid(String voucherId, String paymentId, Money paid, Money outstanding, VoucherStatus status,
        long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return voucherId;
    }
}
