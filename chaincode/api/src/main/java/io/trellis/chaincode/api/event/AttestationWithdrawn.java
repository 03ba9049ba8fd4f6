package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.AttestationKind;

/** A service provider withdrew its own attestation of one kind from a deal still structuring. */
public record AttestationWithdrawn(String poolId, AttestationKind kind, String providerId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
