package io.trellis.settlement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.LedgerInvalidTransactionException;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.LedgerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandIntakeTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String value) {
        return new ConsumerRecord<>("trellis.payments.in", 0, offset, "k" + offset, value.getBytes(StandardCharsets.UTF_8));
    }

    private CommandIntake intake(MessageHandler handler) {
        return new CommandIntake("trellis.payments.in", "trellis.payments.dlq", handler, workers, Duration.ofMillis(10));
    }

    /** A handler whose ordering key is the message's text up to its first '-'. */
    private abstract static class KeyedByPrefix implements MessageHandler {
        @Override
        public String orderingKey(String key, byte[] value) {
            return new String(value, StandardCharsets.UTF_8).split("-")[0];
        }
    }

    @Test
    void messages_of_one_ordering_key_are_applied_one_after_another_in_offset_order() throws Exception {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
        List<String> appliedOrder = Collections.synchronizedList(new ArrayList<>());
        CommandIntake intake = intake(new KeyedByPrefix() {
            @Override
            public Outcome handle(String key, byte[] value) {
                String text = new String(value, StandardCharsets.UTF_8);
                String tree = orderingKey(key, value);
                int now = inFlight.computeIfAbsent(tree, t -> new AtomicInteger()).incrementAndGet();
                mostAtOnce.merge(tree, now, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                appliedOrder.add(text);
                inFlight.get(tree).decrementAndGet();
                return new Outcome.Applied("tx-" + key, false);
            }
        });

        intake.process(List.of(record(0, "A-1"), record(1, "B-1"), record(2, "A-2"), record(3, "B-2"), record(4, "A-3")));

        assertThat(mostAtOnce).containsEntry("A", 1).containsEntry("B", 1);
        assertThat(appliedOrder.stream().filter(t -> t.startsWith("A"))).containsExactly("A-1", "A-2", "A-3");
        assertThat(appliedOrder.stream().filter(t -> t.startsWith("B"))).containsExactly("B-1", "B-2");
        assertThat(intake.applied()).isEqualTo(5);
    }

    @Test
    void messages_of_different_ordering_keys_are_applied_side_by_side() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        CommandIntake intake = intake(new KeyedByPrefix() {
            @Override
            public Outcome handle(String key, byte[] value) {
                bothStarted.countDown();
                try {
                    // Only a concurrent second message lets this one through in time.
                    return bothStarted.await(5, TimeUnit.SECONDS) ? new Outcome.Applied("tx-" + key, false)
                            : new Outcome.Refused(new Refusal("ALONE", "no other message ran alongside"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(intake.process(List.of(record(0, "A-1"), record(1, "B-1")))).isEmpty();
    }

    @Test
    void applied_messages_leave_no_dead_letter() throws Exception {
        CommandIntake intake = intake((key, value) -> new Outcome.Applied("tx-" + key, false));
        assertThat(intake.process(List.of(record(0, "a"), record(1, "b")))).isEmpty();
        assertThat(intake.applied()).isEqualTo(2);
    }

    @Test
    void a_refusal_by_the_chaincode_is_dead_lettered_with_its_code_and_the_original_bytes() throws Exception {
        CommandIntake intake = intake((key, value) -> {
            throw new LedgerRejectedException(new ChaincodeError(ErrorCode.NOT_ALLOWED, "bank B is not the settlement bank of C"), null);
        });
        List<ProducerRecord<String, byte[]>> letters = intake.process(List.of(record(7, "{\"x\":1}")));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo("trellis.payments.dlq");
            assertThat(letter.key()).isEqualTo("k7");
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
            assertThat(header(letter, CommandIntake.REASON_HEADER)).isEqualTo("NOT_ALLOWED");
            assertThat(header(letter, CommandIntake.SOURCE_HEADER)).isEqualTo("trellis.payments.in-0@7");
        });
        assertThat(intake.refused()).isEqualTo(1);
    }

    @Test
    void an_unreachable_ledger_is_tried_again_until_it_answers_and_never_dead_letters() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CommandIntake intake = intake((key, value) -> {
            if (attempts.incrementAndGet() < 4) {
                throw new LedgerUnavailableException("no peer", null);
            }
            return new Outcome.Applied("tx", false);
        });
        assertThat(intake.process(List.of(record(0, "a")))).isEmpty();
        assertThat(attempts).hasValue(4);
    }

    @Test
    void a_message_whose_transactions_keep_committing_invalid_is_set_aside_instead_of_blocking_its_batch() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CommandIntake intake = intake((key, value) -> {
            attempts.incrementAndGet();
            throw new LedgerInvalidTransactionException("tx-" + attempts.get(), "ENDORSEMENT_POLICY_FAILURE");
        });
        assertThat(intake.process(List.of(record(3, "a")))).singleElement()
                .satisfies(letter -> assertThat(header(letter, CommandIntake.REASON_HEADER)).isEqualTo("TRANSACTION_INVALID"));
        assertThat(attempts).hasValue(LedgerFailures.MAX_INVALID_COMMITS);
    }

    @Test
    void a_malformed_message_is_dead_lettered_with_the_handlers_reason() throws Exception {
        CommandIntake intake = intake((key, value) -> new Outcome.Refused(new Refusal("MALFORMED_NOTICE", "amount is required")));
        assertThat(intake.process(List.of(record(0, "{}")))).singleElement()
                .satisfies(letter -> assertThat(header(letter, CommandIntake.DETAIL_HEADER)).isEqualTo("amount is required"));
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
