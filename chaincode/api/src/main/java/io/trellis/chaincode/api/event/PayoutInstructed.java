package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.settlement.Payout;

/** Pay a voucher's share of a payment to its holder (or its pool): the settlement-service forwards it to the banks. */
public record PayoutInstructed(String paymentId, Payout payout) implements DomainEvent {

    @Override
    public String aggregateId() {
        return payout.voucherId();
    }
}
