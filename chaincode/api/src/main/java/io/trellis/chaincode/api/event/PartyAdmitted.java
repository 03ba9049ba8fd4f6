package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.party.PartyAdmission;

/** The platform admitted a company id to an organisation (or moved an admission to another one). */
public record PartyAdmitted(PartyAdmission admission) implements DomainEvent {

    @Override
    public String aggregateId() {
        return admission.id();
    }
}
