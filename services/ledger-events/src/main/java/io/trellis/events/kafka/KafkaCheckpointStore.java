package io.trellis.events.kafka;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.events.CheckpointStore;
import io.trellis.ledger.events.RelayCheckpoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the relay's last committed checkpoint from a compacted, single-partition topic: only committed
 * transactions are read, so a checkpoint whose events were aborted is never seen.
 */
public final class KafkaCheckpointStore implements CheckpointStore {
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> kafkaConfig;
    private final RelayTopics topics;

    public KafkaCheckpointStore(Map<String, Object> kafkaConfig, RelayTopics topics) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.topics = topics;
    }

    /** Creates the checkpoint topic if it is missing (compacted, one partition, so the last record wins). */
    public void ensureTopic() {
        try (Admin admin = Admin.create(kafkaConfig)) {
            NewTopic topic = new NewTopic(topics.checkpoints(), 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topics.checkpoints(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topics.checkpoints(), e);
        }
    }

    /**
     * The checkpoint reader's settings: the service's own (servers, TLS, SASL) as given, and committed records only,
     * whatever those say: an aborted checkpoint would skip events that never reached Kafka.
     */
    static Map<String, Object> readerConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    @Override
    public Optional<RelayCheckpoint> last() {
        TopicPartition partition = new TopicPartition(topics.checkpoints(), 0);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(readerConfig(kafkaConfig), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            String last = null;
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (topics.checkpointKey().equals(record.key())) {
                        last = record.value();
                    }
                }
            }
            return Optional.ofNullable(last).map(json -> JsonCodec.fromJson(json, RelayCheckpoint.class));
        }
    }
}
