package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.creditline.CreditLine;

/** A financier granted a core enterprise a credit line. */
public record CreditLineGranted(CreditLine line) implements DomainEvent {

    @Override
    public String aggregateId() {
        return line.id();
    }
}
