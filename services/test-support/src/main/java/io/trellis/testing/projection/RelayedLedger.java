package io.trellis.testing.projection;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Commits transactions as the ledger-events relay reports them, on the topic the service under test reads (its
 * {@link IsolatedReadModel}'s own): each a fresh transaction id and the next block, its events in order with their
 * index, keyed by aggregate id, written by the ledger's codec.
 */
public final class RelayedLedger implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic = ConfigProvider.getConfig()
            .getValue("mp.messaging.incoming.ledger-events.topic", String.class);
    private long block = 1_000;

    public RelayedLedger() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Commits and publishes one transaction; returns its messages (to deliver again, or to read its id). */
    public List<LedgerEventMessage> commit(DomainEvent... batch) {
        List<LedgerEventMessage> messages = record(batch);
        deliver(messages);
        return messages;
    }

    /** Commits a transaction without publishing it yet, so a later one can overtake it. */
    public List<LedgerEventMessage> record(DomainEvent... batch) {
        String transactionId = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        block++;
        List<LedgerEventMessage> messages = new ArrayList<>();
        for (int i = 0; i < batch.length; i++) {
            messages.add(new LedgerEventMessage(transactionId, block, i, batch[i]));
        }
        return messages;
    }

    /** Delivers messages (again), as Kafka does after a consumer restart. */
    public void deliver(List<LedgerEventMessage> messages) {
        messages.forEach(this::publish);
    }

    /** Publishes one message as it is, whatever its transaction and block. */
    public void publish(LedgerEventMessage message) {
        try {
            producer.send(new ProducerRecord<>(topic, message.event().aggregateId(), JsonCodec.toJson(message)))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to Kafka", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
