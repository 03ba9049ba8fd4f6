package io.trellis.chaincode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.TxName;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fuzz suite drives every transaction the chaincode routes, each in a property of its own. */
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
    void every_transaction_has_a_property_with_at_least_10000_tries() {
        Set<String> properties = Stream.of(ScfTransactionsFuzzTest.class, AbsTransactionsFuzzTest.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Property.class) && m.getAnnotation(Property.class).tries() >= 10_000)
                .map(Method::getName)
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .collect(Collectors.toSet());

        assertThat(properties).containsExactlyInAnyOrderElementsOf(transactions());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
