package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.creditline.IssuanceLimit;

/** A core enterprise's issuance limit changed (a credit line was granted, reduced or revoked). */
public record IssuanceLimitChanged(IssuanceLimit limit) implements DomainEvent {

    @Override
    public String aggregateId() {
        return limit.obligorId();
    }
}
