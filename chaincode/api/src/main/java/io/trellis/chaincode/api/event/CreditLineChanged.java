package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.creditline.CreditLine;

/** A financier reduced or revoked a credit line: the line as it is now. */
public record CreditLineChanged(CreditLine line) implements DomainEvent {

    @Override
    public String aggregateId() {
        return line.id();
    }
}
