package io.trellis.chaincode.api.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The system clock moved by the ISO-8601 duration written in a file ({@code P183D}, {@code -PT1H}); no file
 * or an empty one means no shift. Read on every tick, so a test stack can move the business date of running
 * services without restarting them. Only local test stacks configure it (trellis.fabric.clock-offset-file):
 * a production service always stamps with its own clock, and peers that check timestamps refuse a shifted one.
 */
public final class OffsetFileClock extends Clock {
    private final Path file;

    public OffsetFileClock(Path file) {
        this.file = file;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    /** The shift now in force. */
    public Duration offset() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the clock offset file " + file, e);
        }
        try {
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the clock offset file " + file + " holds no ISO-8601 duration: " + text, e);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a business clock has no zone of its own");
    }

    /**
     * Moves every clock reading {@code file} by {@code offset}; zero removes the file. Written beside and moved
     * into place, so a reader never sees a half-written file (which would read as no shift).
     */
    public static void shift(Path file, Duration offset) {
        try {
            if (offset.isZero()) {
                Files.deleteIfExists(file);
                return;
            }
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, offset.toString(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock offset file " + file, e);
        }
    }
}
