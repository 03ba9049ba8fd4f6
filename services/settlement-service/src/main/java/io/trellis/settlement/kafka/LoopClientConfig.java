package io.trellis.settlement.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka client settings of one exactly-once loop: the service's own {@code kafka.*} settings (bootstrap
 * servers, security.protocol, sasl.*, ssl.*) as given, plus what consume-transform-produce needs, which no
 * configuration may weaken: the consumer reads committed records only and commits offsets in the producer's
 * transaction.
 */
public final class LoopClientConfig {
    /** A batch waits for the ledger, which retries through outages: time before the group evicts the consumer. */
    private static final int MAX_POLL_INTERVAL_MS = 900_000;
    /**
     * Open only from beginTransaction to commit (processing happens before): short, so one a broker restart left
     * open is aborted within seconds rather than holding back read-committed readers for a minute.
     */
    private static final int TRANSACTION_TIMEOUT_MS = 15_000;
    /**
     * A crashed instance's partitions stay assigned to it until its session expires; the restarted instance waits
     * that long before it reads again. Heartbeats come from the client's own thread (every 3 s), independent of
     * the ledger's pace, so 10 s (Kafka's default is 45 s) evicts only a dead member.
     */
    private static final int SESSION_TIMEOUT_MS = 10_000;

    private final Map<String, Object> service;

    /** @param service the service's Kafka client settings, shared by every loop */
    public LoopClientConfig(Map<String, Object> service) {
        this.service = Map.copyOf(service);
    }

    public Map<String, Object> consumer(String groupId, int maxPollRecords) {
        Map<String, Object> config = new HashMap<>(service);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, MAX_POLL_INTERVAL_MS);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        return config;
    }

    /** One transactional id per loop: a restarted instance fences the old one and aborts what it left open. */
    public Map<String, Object> producer(String transactionalId) {
        Map<String, Object> config = new HashMap<>(service);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, TRANSACTION_TIMEOUT_MS);
        return config;
    }
}
