package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;

/** A financing approval took {@code amount} of a credit line for a voucher. */
public record CreditLineUsed(String lineId, String voucherId, Money amount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return lineId;
    }
}
