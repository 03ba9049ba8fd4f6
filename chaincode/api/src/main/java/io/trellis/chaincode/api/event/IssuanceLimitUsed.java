package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;

/** Issuing a voucher took {@code amount} of its obligor's issuance limit. */
public record IssuanceLimitUsed(String obligorId, String voucherId, Money amount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return obligorId;
    }
}
