package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;

/** A decline, expiry or settlement gave {@code amount} of a credit line back. */
public record CreditLineReleased(String lineId, String voucherId, Money amount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return lineId;
    }
}
