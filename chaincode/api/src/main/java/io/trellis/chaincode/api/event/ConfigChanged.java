package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.config.ChaincodeConfig;

/** The platform operator changed the on-chain settings. */
public record ConfigChanged(ChaincodeConfig config) implements DomainEvent {

    @Override
    public String aggregateId() {
        return "config";
    }
}
