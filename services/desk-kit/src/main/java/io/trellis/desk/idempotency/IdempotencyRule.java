package io.trellis.desk.idempotency;

import java.time.Duration;
import java.time.Instant;

/** What a request with a known key gets, given what the store holds for it: pure, so it is tested alone. */
final class IdempotencyRule {

    /** The verdict for a request whose key is already held. */
    sealed interface Verdict {
    }

    /** Same request, answered: return the kept answer, touch nothing. */
    record Replay(Answer answer) implements Verdict {
    }

    /** Same key, another method, path or body. */
    record Reused() implements Verdict {
    }

    /** Same request, still being processed. */
    record InFlight() implements Verdict {
    }

    /** Same request, but its claim is older than the lease: its holder died; this request may take over. */
    record Abandoned(String staleToken) implements Verdict {
    }

    private IdempotencyRule() {
    }

    static Verdict decide(StoredRequest stored, String fingerprint, Instant now, Duration lease) {
        // A different request is refused even while the first is in flight: the key is spent on the first.
        if (!stored.fingerprint().equals(fingerprint)) {
            return new Reused();
        }
        if (stored.answer() != null) {
            return new Replay(stored.answer());
        }
        if (stored.claimedAt().plus(lease).isAfter(now)) {
            return new InFlight();
        }
        return new Abandoned(stored.claimToken());
    }
}
