package io.trellis.scf.support;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes ledger event messages to the real Kafka, exactly as ledger-events does, on the topic the service reads. */
public final class LedgerEvents implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic = ConfigProvider.getConfig().getValue("mp.messaging.incoming.ledger-events.topic", String.class);

    public LedgerEvents() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public void publish(LedgerEventMessage message) {
        try {
            producer.send(new ProducerRecord<>(topic, message.event().aggregateId(),
                    JsonCodec.toJson(message))).get(10, TimeUnit.SECONDS);
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
