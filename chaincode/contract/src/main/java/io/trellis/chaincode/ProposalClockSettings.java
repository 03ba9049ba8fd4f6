package io.trellis.chaincode;

import io.trellis.chaincode.api.clock.OffsetFileClock;
import io.trellis.chaincode.core.ProposalClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How far a proposal's timestamp may be from the chaincode server's clock, from its environment:
 * {@code TRELLIS_CLOCK_TOLERANCE} (an ISO-8601 duration, default {@code PT5M}), and on local test stacks only
 * {@code TRELLIS_CLOCK_OFFSET_FILE}, a file whose ISO-8601 duration moves this clock as it moves the services'
 * clocks (the tests move the business date that way). A production server leaves it unset: its clock is the system's.
 */
final class ProposalClockSettings {
    static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private ProposalClockSettings() {
    }

    static ProposalClock fromEnvironment(Map<String, String> env) {
        String offsetFile = env.get("TRELLIS_CLOCK_OFFSET_FILE");
        Clock clock = offsetFile == null || offsetFile.isBlank() ? Clock.systemUTC() : new OffsetFileClock(Path.of(offsetFile));
        return new ProposalClock(clock, tolerance(env.get("TRELLIS_CLOCK_TOLERANCE")));
    }

    static Duration tolerance(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TOLERANCE;
        }
        Duration tolerance;
        try {
            tolerance = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("TRELLIS_CLOCK_TOLERANCE must be an ISO-8601 duration such as PT5M, got "
                    + text, e);
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("TRELLIS_CLOCK_TOLERANCE must be positive, got " + text);
        }
        return tolerance;
    }
}
