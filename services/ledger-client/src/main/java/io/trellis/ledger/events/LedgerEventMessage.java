package io.trellis.ledger.events;

import io.trellis.chaincode.api.event.DomainEvent;

/**
 * One domain event as it travels on Kafka topic {@value #TOPIC}, keyed by the event's aggregate id. The
 * pair (transaction id, index) identifies it uniquely, so a projector can apply it exactly once however
 * often it is delivered.
 *
 * @param transactionId Fabric transaction that emitted it
 * @param blockNumber   block the transaction was committed in
 * @param index         position of the event within its transaction's batch, from 0
 * @param event         the domain event
 */
public record LedgerEventMessage(String transactionId, long blockNumber, int index, DomainEvent event) {
    public static final String TOPIC = "trellis.ledger.events";
}
