package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.ProviderAppointment;

/** A deal's manager engaged a service provider in a role. */
public record ProviderAppointed(String poolId, ProviderAppointment appointment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
