package io.trellis.desk.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRuleTest {
    private static final Instant CLAIMED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Answer ANSWER = new Answer(201, "application/json", "{\"ok\":true}", true);

    @Test
    void the_same_request_answered_before_gets_the_kept_answer() {
        StoredRequest stored = new StoredRequest("f1", ANSWER, CLAIMED, "t1");

        assertThat(IdempotencyRule.decide(stored, "f1", CLAIMED.plusSeconds(1), LEASE))
                .isEqualTo(new IdempotencyRule.Replay(ANSWER));
    }

    @Test
    void another_request_under_the_key_is_reuse_whether_the_first_is_answered_or_not() {
        assertThat(IdempotencyRule.decide(new StoredRequest("f1", ANSWER, CLAIMED, "t1"), "f2", CLAIMED, LEASE))
                .isInstanceOf(IdempotencyRule.Reused.class);
        assertThat(IdempotencyRule.decide(new StoredRequest("f1", null, CLAIMED, "t1"), "f2", CLAIMED, LEASE))
                .isInstanceOf(IdempotencyRule.Reused.class);
    }

    @Test
    void the_same_request_still_unanswered_within_the_lease_is_in_flight() {
        StoredRequest stored = new StoredRequest("f1", null, CLAIMED, "t1");

        assertThat(IdempotencyRule.decide(stored, "f1", CLAIMED.plus(LEASE).minusMillis(1), LEASE))
                .isInstanceOf(IdempotencyRule.InFlight.class);
    }

    @Test
    void an_unanswered_claim_older_than_the_lease_is_abandoned_and_names_its_token() {
        StoredRequest stored = new StoredRequest("f1", null, CLAIMED, "t1");

        assertThat(IdempotencyRule.decide(stored, "f1", CLAIMED.plus(LEASE), LEASE))
                .isEqualTo(new IdempotencyRule.Abandoned("t1"));
    }
}
