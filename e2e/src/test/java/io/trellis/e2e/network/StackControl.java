package io.trellis.e2e.network;

import io.trellis.chaincode.api.clock.OffsetFileClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's own command line, for fault drills: kill a process as a crash would, restart a component,
 * bring back what is down, move the services' business clock. Tests run from the e2e module, one level below
 * the repository root.
 */
public final class StackControl {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private StackControl() {
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public static void kill(String process) {
        trellis("kill", process);
    }

    public static void restart(String component) {
        trellis("restart", component);
    }

    /** Revokes identity {@code enrollmentId} at {@code org}'s Fabric CA and puts the CRL on the channel. */
    public static void revoke(String org, String enrollmentId) {
        trellis("revoke", org, enrollmentId);
    }

    /** Starts whatever is not running (a killed service comes back). */
    public static void up() {
        trellis("up");
    }

    /** Moves the running services' clock by {@code offset} (the test stack's clock-offset file); zero removes it. */
    public static void shiftServiceClock(Duration offset) {
        OffsetFileClock.shift(clockOffsetFile(), offset);
    }

    /** The file that moves the clock of the services and of the chaincode server (their business date). */
    public static Path clockOffsetFile() {
        return Path.of(System.getenv().getOrDefault("TRELLIS_FABRIC_CLOCK_OFFSET_FILE",
                ROOT.resolve(".trellis/data/clock-offset").toString()));
    }

    private static void trellis(String... args) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trellis").toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
