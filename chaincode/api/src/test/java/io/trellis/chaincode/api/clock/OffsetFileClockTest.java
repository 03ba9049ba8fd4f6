package io.trellis.chaincode.api.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {
    @TempDir
    Path dir;

    @Test
    void without_a_file_the_clock_is_not_moved() {
        assertThat(new OffsetFileClock(dir.resolve("absent")).offset()).isZero();
    }

    @Test
    void the_duration_in_the_file_moves_the_clock_and_a_new_one_applies_at_once() throws Exception {
        Path file = dir.resolve("offset");
        OffsetFileClock clock = new OffsetFileClock(file);
        Files.writeString(file, "P183D\n");
        Instant shifted = clock.instant();
        assertThat(Duration.between(Instant.now(), shifted)).isBetween(Duration.ofDays(183).minusMinutes(1),
                Duration.ofDays(183).plusMinutes(1));
        Files.writeString(file, "-PT1H");
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void a_file_that_holds_no_duration_is_an_error_not_a_silent_zero() throws Exception {
        Path file = dir.resolve("offset");
        Files.writeString(file, "183 days");
        assertThatThrownBy(() -> new OffsetFileClock(file).instant()).hasMessageContaining("ISO-8601");
    }

    @Test
    void a_shift_is_read_back_and_a_zero_shift_removes_the_file() {
        Path file = dir.resolve("offset");
        OffsetFileClock.shift(file, Duration.ofDays(-270));
        assertThat(new OffsetFileClock(file).offset()).isEqualTo(Duration.ofDays(-270));
        OffsetFileClock.shift(file, Duration.ZERO);
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("offset.next")).doesNotExist();
    }
}
