package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.Attestation;

/** A service provider anchored a due-diligence attestation on a pool. */
public record AttestationRecorded(String poolId, Attestation attestation) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
