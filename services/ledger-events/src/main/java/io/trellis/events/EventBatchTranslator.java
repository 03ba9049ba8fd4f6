package io.trellis.events;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.client.ChaincodeEvent;

/** Turns one chaincode event (a transaction's {@link EventBatch}) into the Kafka messages of its domain events. */
public final class EventBatchTranslator {

    /**
     * @return one message per domain event, indexed in batch order; none for events of another name
     * @throws UnreadableEventException when the payload is not an event batch: relaying stops there rather
     *                                  than skip an event that read models would then never see
     */
    public List<LedgerEventMessage> translate(ChaincodeEvent event) {
        if (!EventBatch.EVENT_NAME.equals(event.getEventName())) {
            return List.of();
        }
        EventBatch batch;
        try {
            batch = JsonCodec.fromJson(event.getPayload(), EventBatch.class);
        } catch (JsonCodec.MalformedJsonException e) {
            throw new UnreadableEventException(event.getTransactionId(), e);
        }
        List<LedgerEventMessage> messages = new ArrayList<>(batch.events().size());
        List<DomainEvent> events = batch.events();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new LedgerEventMessage(event.getTransactionId(), event.getBlockNumber(), i, events.get(i)));
        }
        return messages;
    }

    /** A chaincode event whose payload cannot be read. */
    public static final class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String transactionId, Throwable cause) {
            super("the event of transaction " + transactionId + " cannot be read: " + cause.getMessage(), cause);
        }
    }
}
