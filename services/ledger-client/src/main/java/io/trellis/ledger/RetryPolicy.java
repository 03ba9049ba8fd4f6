package io.trellis.ledger;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * When a transaction invalidated by a concurrent change is run again, as a new transaction. Only read
 * conflicts qualify: the chaincode will see fresh state next time. Back-off is jittered so that clients
 * which collided once do not collide again in lockstep.
 *
 * @param maxAttempts total attempts, at least 1
 * @param baseBackoff first back-off; doubles per attempt
 * @param maxBackoff  back-off ceiling
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {
    private static final Set<TxValidationCode> RETRYABLE =
            EnumSet.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(20), Duration.ofMillis(500));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public boolean isRetryable(TxValidationCode code) {
        return RETRYABLE.contains(code);
    }

    /** Back-off before attempt {@code nextAttempt} (2 for the first retry): full jitter up to the capped exponential. */
    public Duration backoffBefore(int nextAttempt) {
        long cap = Math.min(maxBackoff.toMillis(), baseBackoff.toMillis() << Math.min(nextAttempt - 2, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }
}
