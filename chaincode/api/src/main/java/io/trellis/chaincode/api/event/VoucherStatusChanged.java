package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.voucher.VoucherStatus;

/** A voucher moved from one state to another; {@code holderId} is its holder afterwards. */
public record VoucherStatusChanged(String voucherId, VoucherStatus from, VoucherStatus to, String holderId, long version)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return voucherId;
    }
}
