package io.trellis.settlement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.LedgerInvalidTransactionException;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.LedgerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
