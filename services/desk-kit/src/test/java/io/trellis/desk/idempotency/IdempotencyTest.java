package io.trellis.desk.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.desk.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final RequestLine APPROVE = new RequestLine("POST", "/financings/FN1/approve", "{\"rateBps\":450}");
    private static final Answer COMMITTED = new Answer(200, "application/json", "{\"transactionId\":\"tx1\"}", true);
    private static final Answer REFUSED = new Answer(409, "application/problem+json", "{\"code\":\"X\"}", true);
    private static final Answer UNAVAILABLE = new Answer(503, "application/problem+json", "{\"code\":\"Y\"}", false);

    private final MemoryStore store = new MemoryStore();
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private final AtomicInteger runs = new AtomicInteger();

    private Idempotency idempotency() {
        return new Idempotency(store, "a-test-fingerprint-key", LEASE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private Supplier<Answer> counted(Answer answer) {
        return () -> {
            runs.incrementAndGet();
            return answer;
        };
    }

    private static String code(Runnable call) {
        return assertThatThrownBy(call::run).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).toProblem().code()).actual().toString();
    }

    @Test
    void without_a_key_every_request_runs() {
        idempotency().once("P1", null, APPROVE, counted(COMMITTED));
        idempotency().once("P1", null, APPROVE, counted(COMMITTED));

        assertThat(runs).hasValue(2);
    }

    @Test
    void the_same_request_with_the_same_key_runs_once_and_gets_the_first_answer_marked_replayed() {
        Response first = idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));
        Response second = idempotency().once("P1", "k1", APPROVE, counted(new Answer(200, "application/json", "{}", true)));

        assertThat(runs).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getEntity()).isEqualTo(first.getEntity());
        assertThat(second.getHeaderString(Answer.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(first.getHeaderString(Answer.REPLAYED_HEADER)).isNull();
    }

    @Test
    void a_refusal_by_the_chaincode_is_kept_too() {
        idempotency().once("P1", "k1", APPROVE, counted(REFUSED));
        Response replay = idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));

        assertThat(runs).hasValue(1);
        assertThat(replay.getStatus()).isEqualTo(409);
    }

    @Test
    void an_answer_that_leaves_the_outcome_open_is_not_kept_so_the_retry_runs() {
        idempotency().once("P1", "k1", APPROVE, counted(UNAVAILABLE));
        Response retry = idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(200);
    }

    @Test
    void an_unexpected_failure_releases_the_key() {
        assertThatThrownBy(() -> idempotency().once("P1", "k1", APPROVE, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_key_with_another_body_path_or_method_is_reused_and_runs_nothing() {
        idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));

        assertThat(code(() -> idempotency().once("P1", "k1",
                new RequestLine("POST", APPROVE.path(), "{\"rateBps\":460}"), counted(COMMITTED))))
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(code(() -> idempotency().once("P1", "k1",
                new RequestLine("POST", "/financings/FN2/approve", APPROVE.body()), counted(COMMITTED))))
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(runs).hasValue(1);
    }

    @Test
    void keys_are_scoped_to_the_party() {
        idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));
        idempotency().once("P2", "k1", APPROVE, counted(COMMITTED));

        assertThat(runs).hasValue(2);
    }

    @Test
    void a_second_request_while_the_first_runs_is_in_flight() {
        Answer[] inner = new Answer[1];
        idempotency().once("P1", "k1", APPROVE, () -> {
            inner[0] = new Answer(200, "application/json", code(() -> idempotency().once("P1", "k1", APPROVE,
                    counted(COMMITTED))), true);
            return COMMITTED;
        });

        assertThat(inner[0].body()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(runs).hasValue(0);
    }

    @Test
    void a_claim_abandoned_past_the_lease_is_taken_over_once() {
        store.claim("P1", "k1", fingerprintOf(APPROVE), "dead", now);
        now = now.plus(LEASE);

        Response answer = idempotency().once("P1", "k1", APPROVE, counted(COMMITTED));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(runs).hasValue(1);
        assertThat(idempotency().once("P1", "k1", APPROVE, counted(COMMITTED)).getHeaderString(Answer.REPLAYED_HEADER))
                .isEqualTo("true");
    }

    @Test
    void a_key_that_is_not_printable_ascii_is_refused() {
        assertThat(code(() -> idempotency().once("P1", "a key", APPROVE, counted(COMMITTED)))).isEqualTo("INVALID_ARGUMENT");
        assertThat(code(() -> idempotency().once("P1", "k".repeat(129), APPROVE, counted(COMMITTED))))
                .isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void the_fingerprint_is_keyed_so_a_reader_of_the_table_cannot_test_guesses_without_the_key() {
        assertThat(new RequestFingerprint("a-test-fingerprint-key").of("POST", "/p", "{}"))
                .isNotEqualTo(new RequestFingerprint("another-fingerprint-key").of("POST", "/p", "{}"))
                .hasSize(64);
    }

    private static String fingerprintOf(RequestLine line) {
        return new RequestFingerprint("a-test-fingerprint-key").of(line.method(), line.path(), line.body());
    }

    /** The store's contract, in memory: claims by token, as the PostgreSQL store keeps them. */
    private static final class MemoryStore implements IdempotencyStore {
        private final Map<String, StoredRequest> rows = new HashMap<>();

        @Override
        public boolean claim(String partyId, String key, String fingerprint, String token, Instant now) {
            return rows.putIfAbsent(partyId + "/" + key, new StoredRequest(fingerprint, null, now, token)) == null;
        }

        @Override
        public Optional<StoredRequest> find(String partyId, String key) {
            return Optional.ofNullable(rows.get(partyId + "/" + key));
        }

        @Override
        public boolean takeOver(String partyId, String key, String staleToken, String token, Instant now) {
            StoredRequest row = rows.get(partyId + "/" + key);
            if (row == null || row.answer() != null || !row.claimToken().equals(staleToken)) {
                return false;
            }
            rows.put(partyId + "/" + key, new StoredRequest(row.fingerprint(), null, now, token));
            return true;
        }

        @Override
        public void complete(String partyId, String key, String token, Answer answer) {
            rows.computeIfPresent(partyId + "/" + key, (k, row) -> row.claimToken().equals(token) && row.answer() == null
                    ? new StoredRequest(row.fingerprint(), answer, row.claimedAt(), token) : row);
        }

        @Override
        public void release(String partyId, String key, String token) {
            rows.computeIfPresent(partyId + "/" + key,
                    (k, row) -> row.claimToken().equals(token) && row.answer() == null ? null : row);
        }
    }
}
