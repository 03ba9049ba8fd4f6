package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.party.Party;

/** A party was registered. */
public record PartyRegistered(Party party) implements DomainEvent {

    @Override
    public String aggregateId() {
        return party.id();
    }
}
