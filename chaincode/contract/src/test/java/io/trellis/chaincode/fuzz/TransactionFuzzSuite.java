package io.trellis.chaincode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import io.trellis.chaincode.core.Router;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * What the fuzz properties share: the input generator, one {@link TransactionFuzzer} per property (jqwik makes one
 * container instance per property), and the check, once the tries are done, that valid calls still got through to
 * the rules: a fuzzer whose every call is refused proves nothing.
 */
abstract class TransactionFuzzSuite {
    /** Tries per transaction: every one gets at least 10,000 generated inputs. */
    static final int TRIES = 10_000;

    /** The router logs each refusal; hundreds of thousands of them would only slow the suite down. */
    private static final Logger ROUTER_LOG = Logger.getLogger(Router.class.getName());
    private static Level routerLevel;

    private TransactionFuzzer fuzzer;

    @BeforeContainer
    static void quietRouter() {
        routerLevel = ROUTER_LOG.getLevel();
        ROUTER_LOG.setLevel(Level.WARNING);
    }

    @AfterContainer
    static void restoreRouterLog() {
        ROUTER_LOG.setLevel(routerLevel);
    }

    @Provide
    Arbitrary<FuzzInput> inputs() {
        return FuzzInputs.inputs();
    }

    void fuzz(String transaction, FuzzInput input) {
        if (fuzzer == null) {
            fuzzer = new TransactionFuzzer(transaction);
        }
        fuzzer.run(input);
    }

    @AfterProperty
    void validCallsGotThrough() {
        if (fuzzer == null) {
            return;
        }
        record(fuzzer.name() + " " + fuzzer.tally());
        if (fuzzer.tally().tries >= TRIES) {
            assertThat(fuzzer.tally().accepted).as("calls of %s the chaincode accepted", fuzzer.name()).isPositive();
        }
    }

    /** One line per transaction in target/fuzz-tally.txt: what the tries did. */
    private static void record(String line) {
        try {
            Files.writeString(Path.of("target", "fuzz-tally.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
