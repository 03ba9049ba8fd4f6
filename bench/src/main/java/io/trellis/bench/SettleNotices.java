package io.trellis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.voucher.Voucher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code settle-notices}: a bank's payment system posts one maturity payment per voucher of a
 * {@link SettlementBatch} on {@code trellis.payments.in}, all at once, and reads {@code trellis.payouts.out}
 * (read committed) until each payment's payout instruction has arrived. The window runs from the first notice
 * sent to the last instruction seen; each latency is from its notice sent to its instruction seen. A notice
 * dead-lettered with a chaincode code counts as failed under it; one dead-lettered for a reason of
 * settlement-service's own (a malformed notice, a bank it does not serve) is a broken setup and fails the run.
 */
final class SettleNotices {
    static final String NAME = "settle-notices";
    static final String PAYMENTS = "trellis.payments.in";
    static final String PAYOUTS = "trellis.payouts.out";
    static final String DEAD_LETTERS = "trellis.payments.dlq";
    private static final Logger LOG = Logger.getLogger(SettleNotices.class.getName());

    private final String bootstrap;

    SettleNotices(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    static String localStack() {
        return "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092");
    }

    /** Posts the batch's notices and waits up to {@code timeout} for their instructions. */
    RunResult run(SettlementBatch batch, LoadRunner.WindowListener listener, Duration timeout) {
        Map<String, Long> sentAt = new HashMap<>();
        Latencies latencies = new Latencies();
        List<RunResult.Commit> commits = new ArrayList<>();
        Map<ErrorCode, Long> failures = new EnumMap<>(ErrorCode.class);
        try (KafkaConsumer<String, String> consumer = consumerAtEnd(PAYOUTS, DEAD_LETTERS);
             KafkaProducer<String, String> producer = producer()) {
            listener.opened();
            long start = System.nanoTime();
            for (int i = 0; i < batch.roots().size(); i++) {
                String paymentId = batch.paymentId(i);
                sentAt.put(paymentId, System.nanoTime());
                producer.send(new ProducerRecord<>(PAYMENTS, paymentId, notice(batch, paymentId, batch.roots().get(i))));
            }
            producer.flush();
            long deadline = start + timeout.toNanos();
            long last = start;
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    long seen = System.nanoTime();
                    if (record.topic().equals(PAYOUTS)) {
                        JsonNode payout = parse(record.value());
                        Long sent = batch.bankId().equals(payout.path("bankId").asText())
                                ? sentAt.remove(payout.path("paymentId").asText()) : null;
                        if (sent != null) {
                            latencies.add(seen - sent);
                            commits.add(new RunResult.Commit(payout.path("transactionId").asText(),
                                    payout.path("blockNumber").asLong(), Instant.now()));
                            last = seen;
                        }
                    } else if (record.key() != null && sentAt.remove(record.key()) != null) {
                        failures.merge(deadLetterCode(record), 1L, Long::sum);
                        last = seen;
                    }
                }
            }
            listener.closed();
            if (!sentAt.isEmpty()) {
                LOG.warning(sentAt.size() + " of " + batch.roots().size() + " notices had no payout instruction after "
                        + timeout.toSeconds() + " s");
                failures.merge(ErrorCode.LEDGER_OUTCOME_UNKNOWN, (long) sentAt.size(), Long::sum);
                last = System.nanoTime();
            }
            return new RunResult(latencies.count(), 0, latencies.count(), failures, latencies,
                    Duration.ofNanos(last - start), commits, 0);
        }
    }

    /** The notice as docs/settlement.md spells it: a maturity payment of the whole root, by its obligor. */
    static String notice(SettlementBatch batch, String paymentId, Voucher root) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("paymentId", paymentId);
        notice.put("bankId", batch.bankId());
        notice.put("payerId", batch.obligorId());
        notice.put("amount", BigDecimal.valueOf(root.amount().minor(), 2).toPlainString());
        notice.put("currency", root.amount().currency());
        notice.put("valueDate", root.maturityDate().toString());
        notice.put("reference", Map.of("voucherId", root.id()));
        try {
            return Http.JSON.writeValueAsString(notice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ErrorCode deadLetterCode(ConsumerRecord<String, String> record) {
        String reason = header(record, "trellis-reason");
        try {
            return ErrorCode.valueOf(reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("settlement-service dead-lettered notice " + record.key() + ": " + reason
                    + " (" + header(record, "trellis-detail") + ")");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a payout instruction that is not JSON: " + json, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    /** A reader of committed records only, in no group, from the current end of each topic. */
    private KafkaConsumer<String, String> consumerAtEnd(String... topics) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = Stream.of(topics).flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
