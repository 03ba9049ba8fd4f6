package io.trellis.chaincode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.TxName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzz suite drives every transaction the chaincode routes, each in a run of at least 10,000 tries. */
class FuzzCoverageTest {

    private static Set<String> transactions() {
        return Arrays.stream(TxName.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().startsWith("TRANSIENT_"))
                .map(FuzzCoverageTest::value)
                .collect(Collectors.toSet());
    }

    @Test
    void every_transaction_has_a_fuzz_spec() {
        assertThat(TxSpecs.ALL.keySet()).containsExactlyInAnyOrderElementsOf(transactions());
    }

    @Test
    void every_transaction_is_fuzzed_exactly_once() {
        List<String> fuzzed = Stream.of(ScfTransactionsFuzzTest.class, AbsTransactionsFuzzTest.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(ParameterizedTest.class) && m.isAnnotationPresent(ValueSource.class))
                .flatMap(m -> Arrays.stream(m.getAnnotation(ValueSource.class).strings()))
                .toList();

        assertThat(fuzzed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(transactions());
    }

    @Test
    void every_run_has_at_least_10000_tries() {
        assertThat(FuzzRunner.TRIES).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_transaction_draws_the_same_inputs_from_the_same_seed_and_others_from_another() {
        assertThat(FuzzRunner.describe(first(TxName.REGISTER_PARTY)))
                .isEqualTo(FuzzRunner.describe(first(TxName.REGISTER_PARTY)))
                .isNotEqualTo(FuzzRunner.describe(first(TxName.ADMIT_PARTY)));
    }

    private static FuzzInput first(String transaction) {
        return FuzzInputs.next(new SplittableRandom(FuzzRunner.seedOf(transaction)));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
