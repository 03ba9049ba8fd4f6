package io.trellis.chaincode.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change to one aggregate. A committed transaction carries its domain events, in order, in a single
 * chaincode event ({@link EventBatch}); read models and settlement follow the ledger through them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PartyRegistered.class, name = "PartyRegistered"),
    @JsonSubTypes.Type(value = PartyKycReviewed.class, name = "PartyKycReviewed")
})
public sealed interface DomainEvent permits PartyRegistered, PartyKycReviewed {

    /** Id of the aggregate that changed; the Kafka key, so one aggregate's events stay in order. */
    String aggregateId();
}
