package io.trellis.chaincode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.fuzz.FuzzInput.Mutation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Runs {@link #TRIES} generated inputs through one transaction's {@link TransactionFuzzer}, then checks that valid
 * calls still got through to the rules: a fuzzer whose every call is refused proves nothing.
 *
 * <p>Each transaction draws its inputs from a seed of its own, the base seed (the system property
 * {@value #SEED_PROPERTY}, else {@link #BASE_SEED}) plus the hash of its name: a failure names the seed and the try,
 * and the same base seed replays the same tries on the same worlds.
 */
final class FuzzRunner {
    /** Tries per transaction: every one gets at least 10,000 generated inputs. */
    static final int TRIES = 10_000;
    static final long BASE_SEED = 20_260_302L;
    static final String SEED_PROPERTY = "fuzz.seed";

    private FuzzRunner() {
    }

    static long baseSeed() {
        return Long.getLong(SEED_PROPERTY, BASE_SEED);
    }

    static long seedOf(String transaction) {
        return baseSeed() + transaction.hashCode();
    }

    static void fuzz(String transaction) {
        long seed = seedOf(transaction);
        SplittableRandom random = new SplittableRandom(seed);
        TransactionFuzzer fuzzer = new TransactionFuzzer(transaction);
        try (QuietRouter quiet = QuietRouter.open()) {
            for (int attempt = 1; attempt <= TRIES; attempt++) {
                FuzzInput input = FuzzInputs.next(random);
                try {
                    fuzzer.run(input);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(transaction + " broke at try " + attempt + " of " + TRIES + ", seed "
                            + seed + " (rerun with -D" + SEED_PROPERTY + "=" + baseSeed() + ")\n  input: "
                            + describe(input) + "\n" + e.getMessage(), e);
                }
            }
        }
        record(transaction + " seed=" + seed + " " + fuzzer.tally());
        assertThat(fuzzer.tally().tries).as("tries of %s", transaction).isGreaterThanOrEqualTo(TRIES);
        assertThat(fuzzer.tally().accepted).as("calls of %s the chaincode accepted", transaction).isPositive();
    }

    /** The input with its texts shortened and made printable: some are 70,000 characters of digits. */
    static String describe(FuzzInput input) {
        return "who=" + input.who() + "/" + input.whoPick() + " shape=" + input.shape() + " mutations=["
                + input.mutations().stream().map(FuzzRunner::describe).collect(Collectors.joining(", "))
                + "] side=" + input.side() + "/" + text(input.sideText()) + " when=" + input.when();
    }

    private static String describe(Mutation m) {
        return m.kind() + "(target=" + m.target() + ", variant=" + m.variant() + ", text=" + text(m.text()) + ")";
    }

    private static String text(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(60).forEach(c -> out.append(c < 0x20 || c == 0x7f || c > 0x7e && c < 0xa0
                || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.FORMAT ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append(text.length() > 60 ? "\"… (" + text.length() + " chars)" : "\"").toString();
    }

    /** One line per transaction in target/fuzz-tally.txt: what the tries did. */
    private static synchronized void record(String line) {
        try {
            Files.writeString(Path.of("target", "fuzz-tally.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
