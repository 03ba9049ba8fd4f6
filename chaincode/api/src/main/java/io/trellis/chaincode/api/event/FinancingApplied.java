package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.financing.Financing;

/** A holder applied to a financier for a voucher; the voucher is locked. */
public record FinancingApplied(Financing financing) implements DomainEvent {

    @Override
    public String aggregateId() {
        return financing.id();
    }
}
