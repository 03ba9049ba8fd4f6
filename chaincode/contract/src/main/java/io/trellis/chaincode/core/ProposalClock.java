package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Honest time: a proposal's timestamp is the business date of every rule (maturity, overdue, value dates) and the
 * client chooses it, so the chaincode refuses one further than {@code tolerance} from its own clock, before any rule
 * runs. Only the pass or fail depends on this clock; what a transaction writes depends on its timestamp alone, so
 * endorsers whose clocks differ a little still write the same.
 */
public final class ProposalClock {
    private final Clock clock;
    private final Duration tolerance;

    public ProposalClock(Clock clock, Duration tolerance) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("a clock tolerance is not negative: " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** @throws ChaincodeException PROPOSAL_TIME_SKEWED when {@code timestamp} is too far from this clock */
    public void requireHonest(Instant timestamp) {
        if (timestamp == null) {
            throw new ChaincodeException(ErrorCode.PROPOSAL_TIME_SKEWED, "the proposal carries no timestamp");
        }
        Instant now = clock.instant();
        Duration skew = Duration.between(now, timestamp).abs();
        if (skew.compareTo(tolerance) > 0) {
            throw new ChaincodeException(ErrorCode.PROPOSAL_TIME_SKEWED, "the proposal is stamped " + timestamp
                    + ", " + skew + " from the endorser's clock (" + now + "); at most " + tolerance + " is accepted");
        }
    }
}
