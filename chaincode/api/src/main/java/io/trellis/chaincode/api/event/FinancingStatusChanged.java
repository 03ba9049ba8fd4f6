package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.financing.FinancingStatus;

/**
 * A financing moved from one state to another. {@code termsHash} is set from approval on,
 * {@code paymentId} once disbursed, {@code reason} on a decline.
 */
public record FinancingStatusChanged(String financingId, String voucherId, FinancingStatus from, FinancingStatus to,
        String termsHash, String paymentId, String reason, long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return financingId;
    }
}
