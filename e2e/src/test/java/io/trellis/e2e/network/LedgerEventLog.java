package io.trellis.e2e.network;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.events.LedgerEventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The events topic as ledger-events writes it, read (committed records only, as every consumer reads it)
 * from where it ended when the log was opened: what the platform published since.
 */
public final class LedgerEventLog implements AutoCloseable {
    /** A message as read, with the time this test saw it. */
    public record Received(LedgerEventMessage message, Instant seenAt) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    private LedgerEventLog(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static LedgerEventLog fromNow() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(LedgerEventMessage.TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start now, not at the first poll
        return new LedgerEventLog(consumer);
    }

    /** Reads until {@code done} holds for what was received so far, or {@code timeout} passes; returns it all. */
    public List<Received> readUntil(Predicate<List<Received>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(received) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                received.add(new Received(JsonCodec.fromJson(record.value(), LedgerEventMessage.class), Instant.now()));
            }
        }
        return List.copyOf(received);
    }

    /** Reads until transaction {@code transactionId} has been seen, and returns everything received. */
    public List<Received> readThrough(String transactionId, Duration timeout) {
        return readUntil(all -> all.stream().anyMatch(r -> r.message().transactionId().equals(transactionId)), timeout);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
