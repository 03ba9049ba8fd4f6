package io.trellis.settlement.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Consume, process, produce, exactly once: each polled batch is processed, then its output records and its
 * consumed offsets are committed in one Kafka transaction. A crash or a broker failure anywhere before that
 * commit leaves the offsets where they were, so the batch is processed again; processors are idempotent
 * (the ledger answers a replay), and readers with {@code read_committed} never see the aborted outputs.
 * Any failure of the loop itself tears down consumer and producer and resumes from the committed offsets.
 */
public final class TransactionalLoop implements Runnable {
    private static final Logger LOG = Logger.getLogger(TransactionalLoop.class);

    private final String name;
    private final String topic;
    private final KafkaSettings settings;
    private final LoopClientConfig clientConfig;
    private final BatchProcessor processor;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong committedRecords = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean healthy;

    /**
     * @param clientConfig the service's Kafka client settings (bootstrap servers, security protocol, SASL, TLS),
     *                     to which the loop adds only what its exactly-once reading and writing needs
     */
    public TransactionalLoop(String name, String topic, KafkaSettings settings, Map<String, Object> clientConfig,
            BatchProcessor processor) {
        this.name = name;
        this.topic = topic;
        this.settings = settings;
        this.clientConfig = new LoopClientConfig(clientConfig);
        this.processor = processor;
    }

    @Override
    public void run() {
        while (running.get()) {
            try (KafkaConsumer<String, byte[]> c = newConsumer(); KafkaProducer<String, byte[]> producer = newProducer()) {
                consumer = c;
                producer.initTransactions();
                c.subscribe(List.of(topic));
                healthy = true;
                while (running.get()) {
                    ConsumerRecords<String, byte[]> polled = c.poll(Duration.ofMillis(500));
                    if (!polled.isEmpty()) {
                        commit(c, producer, polled, processor.process(asList(polled)));
                    }
                }
            } catch (WakeupException | InterruptedException stopping) {
                if (running.get()) {
                    LOG.warnf("%s: woken while running; restarting", name);
                }
            } catch (RuntimeException e) {
                healthy = false;
                LOG.errorf(e, "%s: loop failed; resuming from the committed offsets in %s", name, settings.restartBackoff());
                pause();
            } finally {
                consumer = null;
            }
        }
        healthy = false;
    }

    private void commit(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> producer,
            ConsumerRecords<String, byte[]> polled, List<ProducerRecord<String, byte[]>> outputs) {
        producer.beginTransaction();
        outputs.forEach(producer::send);
        producer.sendOffsetsToTransaction(nextOffsets(polled), c.groupMetadata());
        producer.commitTransaction();
        committedRecords.addAndGet(polled.count());
    }

    /** Stops the loop: a batch in progress is abandoned, to be read again by the next start. */
    public void stop() {
        running.set(false);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    public boolean healthy() {
        return healthy;
    }

    public long committedRecords() {
        return committedRecords.get();
    }

    public String name() {
        return name;
    }

    private static List<ConsumerRecord<String, byte[]>> asList(ConsumerRecords<String, byte[]> polled) {
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>(polled.count());
        polled.forEach(list::add);
        return list;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> polled) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : polled.partitions()) {
            List<ConsumerRecord<String, byte[]>> records = polled.records(partition);
            offsets.put(partition, new OffsetAndMetadata(records.get(records.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        return new KafkaConsumer<>(clientConfig.consumer(clientId(), settings.maxPollRecords()),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(clientConfig.producer(clientId()), new StringSerializer(), new ByteArraySerializer());
    }

    /** The loop's consumer group and transactional id. */
    private String clientId() {
        return settings.groupPrefix() + "-" + name;
    }

    private void pause() {
        try {
            Thread.sleep(settings.restartBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
