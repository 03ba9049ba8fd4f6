package io.trellis.testing.clock;

import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.clock.OffsetFileClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The local stack's business clock: the offset file that the services (also a service under test started with
 * TRELLIS_FABRIC_CLOCK_OFFSET_FILE) and the chaincode server read. Moving it moves the timestamp of every proposal
 * and the chaincode's idea of now together. A test that moves it must put it back ({@link #backToRealTime}), also
 * when it fails.
 */
public final class StackClock {
    private StackClock() {
    }

    /** 09:00 of business date {@code date} (China's), from now until moved again. */
    public static void at(LocalDate date) {
        at(date.atTime(9, 0).toInstant(BusinessDate.OFFSET));
    }

    public static void at(Instant instant) {
        OffsetFileClock.shift(offsetFile(), Duration.between(Instant.now(), instant));
    }

    public static void backToRealTime() {
        OffsetFileClock.shift(offsetFile(), Duration.ZERO);
    }

    /** The stack's file ($TRELLIS_FABRIC_CLOCK_OFFSET_FILE, which stack/trellis.env users export). */
    public static Path offsetFile() {
        String file = System.getenv("TRELLIS_FABRIC_CLOCK_OFFSET_FILE");
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("TRELLIS_FABRIC_CLOCK_OFFSET_FILE is not set: source stack/trellis.env and"
                    + " export it as ./trellis test does");
        }
        return Path.of(file);
    }
}
