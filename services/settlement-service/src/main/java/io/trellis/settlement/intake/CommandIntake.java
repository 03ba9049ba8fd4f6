package io.trellis.settlement.intake;

import io.trellis.ledger.LedgerException;
import io.trellis.ledger.LedgerInvalidTransactionException;
import io.trellis.settlement.kafka.BatchProcessor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

/**
 * Applies a batch of inbound messages to the ledger, several at once (those of one ordering key one after another,
 * see {@link MessageHandler#orderingKey}), and answers the dead letters of those
 * refused. A message is retried until the ledger gives a definitive answer: transient failures never reach
 * the dead-letter topic, and the batch (so its offsets) is not done before every message is.
 */
public final class CommandIntake implements BatchProcessor {
    private static final Logger LOG = Logger.getLogger(CommandIntake.class);
    public static final String REASON_HEADER = "trellis-reason";
    public static final String DETAIL_HEADER = "trellis-detail";
    public static final String SOURCE_HEADER = "trellis-source";

    private final String sourceTopic;
    private final String deadLetterTopic;
    private final MessageHandler handler;
    private final ExecutorService workers;
    private final Duration maxBackoff;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public CommandIntake(String sourceTopic, String deadLetterTopic, MessageHandler handler, ExecutorService workers,
            Duration maxBackoff) {
        this.sourceTopic = sourceTopic;
        this.deadLetterTopic = deadLetterTopic;
        this.handler = handler;
        this.workers = workers;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public List<ProducerRecord<String, byte[]>> process(List<ConsumerRecord<String, byte[]>> batch) throws InterruptedException {
        Outcome[] outcomes = new Outcome[batch.size()];
        List<Future<?>> running = new ArrayList<>();
        for (List<Integer> sameKey : byOrderingKey(batch)) {
            running.add(workers.submit(() -> {
                for (int i : sameKey) {
                    outcomes[i] = untilDefinitive(batch.get(i));
                }
                return null;
            }));
        }
        try {
            for (Future<?> done : running) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a message handler failed unexpectedly", e.getCause());
        } finally {
            running.forEach(f -> f.cancel(true));
        }
        List<ProducerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes[i] instanceof Outcome.Refused refusedOne) {
                deadLetters.add(deadLetter(batch.get(i), refusedOne.refusal()));
            }
        }
        return deadLetters;
    }

    /** The batch's positions grouped by ordering key, each group in offset order. */
    private List<List<Integer>> byOrderingKey(List<ConsumerRecord<String, byte[]>> batch) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            ConsumerRecord<String, byte[]> record = batch.get(i);
            groups.computeIfAbsent(handler.orderingKey(record.key(), record.value()), k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    private Outcome untilDefinitive(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        long backoff = 200;
        int invalidCommits = 0;
        while (true) {
            try {
                Outcome outcome = handler.handle(record.key(), record.value());
                count(outcome, record);
                return outcome;
            } catch (LedgerException e) {
                if (e instanceof LedgerInvalidTransactionException) {
                    invalidCommits++;
                }
                if (LedgerFailures.isFinal(e) || LedgerFailures.givesUp(e, invalidCommits)) {
                    Outcome outcome = new Outcome.Refused(new Refusal(e.code().name(), e.getMessage()));
                    count(outcome, record);
                    return outcome;
                }
                LOG.warnf("%s %s: %s (%s); trying again in %d ms", sourceTopic, position(record), e.code(),
                        e.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    private void count(Outcome outcome, ConsumerRecord<String, byte[]> record) {
        switch (outcome) {
            case Outcome.Applied a -> {
                applied.incrementAndGet();
                LOG.debugf("%s %s applied in tx %s%s", sourceTopic, position(record), a.transactionId(),
                        a.replayed() ? " (replay)" : "");
            }
            case Outcome.Refused r -> {
                refused.incrementAndGet();
                LOG.infof("%s %s refused: %s %s", sourceTopic, position(record), r.refusal().code(), r.refusal().detail());
            }
        }
    }

    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, Refusal refusal) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        letter.headers().add(new RecordHeader(REASON_HEADER, refusal.code().getBytes(StandardCharsets.UTF_8)));
        letter.headers().add(new RecordHeader(DETAIL_HEADER, refusal.detail().getBytes(StandardCharsets.UTF_8)));
        letter.headers().add(new RecordHeader(SOURCE_HEADER, position(record).getBytes(StandardCharsets.UTF_8)));
        return letter;
    }

    private static String position(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    public long applied() {
        return applied.get();
    }

    public long refused() {
        return refused.get();
    }
}
