package io.trellis.events.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.ledger.events.RelayCheckpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay's Kafka side against the real broker of the local stack, on topics of its own. */
class KafkaEventSinkIT {
    private static final Map<String, Object> KAFKA = Map.of("bootstrap.servers",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"));

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final RelayTopics topics = new RelayTopics("trellis.it.events." + run, "trellis.it.checkpoints." + run, "relay-" + run);
    private final KafkaCheckpointStore checkpoints = new KafkaCheckpointStore(KAFKA, topics);

    @BeforeEach
    void createTopics() throws Exception {
        try (Admin admin = Admin.create(KAFKA)) {
            admin.createTopics(List.of(new NewTopic(topics.events(), 2, (short) 1))).all().get();
        }
        checkpoints.ensureTopic();
    }

    @AfterEach
    void deleteTopics() throws Exception {
        try (Admin admin = Admin.create(KAFKA)) {
            admin.deleteTopics(List.of(topics.events(), topics.checkpoints())).all().get();
        }
    }

    private static LedgerEventMessage message(String tx, int index, String party) {
        return new LedgerEventMessage(tx, 7, index, new PartyKycReviewed(party, KycStatus.APPROVED, 2));
    }

    private List<ConsumerRecord<String, String>> committedEvents(int atLeast) {
        Map<String, Object> config = new HashMap<>(KAFKA);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.events()));
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && records.size() < atLeast) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            // A little longer, so that records which should not be there have a chance to show up.
            consumer.poll(Duration.ofMillis(1000)).forEach(records::add);
        }
        return records;
    }

    @Test
    void messages_and_checkpoint_commit_together_keyed_by_aggregate() {
        try (KafkaEventSink sink = new KafkaEventSink(KAFKA, "tx-" + run, topics)) {
            sink.publish(List.of(message("tx1", 0, "P1"), message("tx1", 1, "P2")), new RelayCheckpoint(7, "tx1"));
            sink.publish(List.of(message("tx2", 0, "P3")), new RelayCheckpoint(8, "tx2"));
        }

        List<ConsumerRecord<String, String>> records = committedEvents(3);

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("P1", "P2", "P3");
        assertThat(records).extracting(r -> JsonCodec.fromJson(r.value(), LedgerEventMessage.class))
                .contains(message("tx1", 0, "P1"), message("tx1", 1, "P2"), message("tx2", 0, "P3"));
        assertThat(checkpoints.last()).contains(new RelayCheckpoint(8, "tx2"));
    }

    @Test
    void a_failed_publish_leaves_neither_its_messages_nor_its_checkpoint() {
        try (KafkaEventSink sink = new KafkaEventSink(KAFKA, "tx-" + run, topics, msg -> {
            if (msg.index() == 1) {
                throw new IllegalStateException("encoder broke half way");
            }
            return JsonCodec.toJson(msg);
        })) {
            sink.publish(List.of(message("tx1", 0, "P1")), new RelayCheckpoint(7, "tx1"));
            assertThatThrownBy(() -> sink.publish(List.of(message("tx2", 0, "P2"), message("tx2", 1, "P3")),
                    new RelayCheckpoint(8, "tx2"))).hasMessage("encoder broke half way");
        }

        assertThat(committedEvents(1)).extracting(ConsumerRecord::key).containsExactly("P1");
        assertThat(checkpoints.last()).contains(new RelayCheckpoint(7, "tx1"));
    }

    @Test
    void a_second_relay_with_the_same_id_fences_the_first() {
        try (KafkaEventSink first = new KafkaEventSink(KAFKA, "tx-" + run, topics);
             KafkaEventSink second = new KafkaEventSink(KAFKA, "tx-" + run, topics)) {
            second.publish(List.of(message("tx1", 0, "P1")), new RelayCheckpoint(7, "tx1"));

            assertThatThrownBy(() -> first.publish(List.of(message("tx2", 0, "P2")), new RelayCheckpoint(8, "tx2")))
                    .isInstanceOf(ProducerFencedException.class);
        }
        assertThat(checkpoints.last()).contains(new RelayCheckpoint(7, "tx1"));
    }

    @Test
    void there_is_no_checkpoint_before_the_first_publish() {
        assertThat(checkpoints.last()).isEmpty();
    }
}
