package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;

/** A rejection or settlement gave {@code amount} of an obligor's issuance limit back. */
public record IssuanceLimitReleased(String obligorId, String voucherId, Money amount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return obligorId;
    }
}
