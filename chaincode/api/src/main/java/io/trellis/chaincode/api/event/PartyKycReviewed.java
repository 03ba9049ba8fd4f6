package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.party.KycStatus;

/** The hosting org's operator approved or rejected a party. */
public record PartyKycReviewed(String partyId, KycStatus kycStatus, long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return partyId;
    }
}
