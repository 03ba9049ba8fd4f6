package io.trellis.events.kafka;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.events.EventSink;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.ledger.events.RelayCheckpoint;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each chaincode event's messages and the checkpoint that passes it in one Kafka transaction.
 * Readers with {@code isolation.level=read_committed} (every Trellis consumer) see both or neither, so a
 * crash between the two can neither lose nor duplicate an event.
 */
public final class KafkaEventSink implements EventSink, AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final RelayTopics topics;
    private final Function<LedgerEventMessage, String> encoder;

    public KafkaEventSink(Map<String, Object> kafkaConfig, String transactionalId, RelayTopics topics) {
        this(kafkaConfig, transactionalId, topics, JsonCodec::toJson);
    }

    KafkaEventSink(Map<String, Object> kafkaConfig, String transactionalId, RelayTopics topics,
            Function<LedgerEventMessage, String> encoder) {
        Map<String, Object> config = new java.util.HashMap<>(kafkaConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // A transaction here is one send and a commit: milliseconds. A short timeout lets the coordinator abort one
        // that a broker restart left open within seconds instead of a minute, during which every later one waits.
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 15_000);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.topics = topics;
        this.encoder = encoder;
        // Fences any older instance with the same transactional id and aborts what it left open.
        producer.initTransactions();
    }

    @Override
    public void publish(List<LedgerEventMessage> messages, RelayCheckpoint checkpoint) {
        producer.beginTransaction();
        try {
            for (LedgerEventMessage message : messages) {
                producer.send(new ProducerRecord<>(topics.events(), message.event().aggregateId(), encoder.apply(message)));
            }
            producer.send(new ProducerRecord<>(topics.checkpoints(), topics.checkpointKey(), JsonCodec.toJson(checkpoint)));
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {
            // Another instance took over or the producer is unusable: it must not write again.
            producer.close();
            throw fatal;
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
