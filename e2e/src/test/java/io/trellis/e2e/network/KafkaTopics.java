package io.trellis.e2e.network;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The platform's Kafka topics as a bank's systems see them: publish messages, read what was committed. */
public final class KafkaTopics {
    private static final String BOOTSTRAP = "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092");

    private KafkaTopics() {
    }

    public static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    public static void publish(String topic, List<Map.Entry<String, String>> messages) {
        try (KafkaProducer<String, String> producer = producer()) {
            messages.forEach(m -> producer.send(new ProducerRecord<>(topic, m.getKey(), m.getValue())));
            producer.flush();
        }
    }

    /** A reader of {@code topic} from its beginning, committed records only, in no group. */
    public static Reader reader(String topic) {
        return new Reader(topic);
    }

    public static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        Reader(String topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                    new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Reads on until {@code done} holds for what matched {@code wanted}, or the time is up; returns the matches. */
        public List<ConsumerRecord<String, String>> readUntil(Predicate<ConsumerRecord<String, String>> wanted,
                Predicate<List<ConsumerRecord<String, String>>> done, Duration atMost) {
            Instant deadline = Instant.now().plus(atMost);
            while (!done.test(seen) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record)) {
                        seen.add(record);
                    }
                }
            }
            return List.copyOf(seen);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
