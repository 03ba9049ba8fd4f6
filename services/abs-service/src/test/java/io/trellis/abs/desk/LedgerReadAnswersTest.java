package io.trellis.abs.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ABS reads answer the chaincode's records through the REST layer's own mapper: it must write them byte for
 * byte as the ledger's codec does (no {@code "zero"} or {@code "positive"} from Money's helpers, same order, same
 * dates), or a client reading them strictly would fail. Every component of the record tree is filled, so a type the
 * two would write differently (a map, an optional, a timestamp) shows here, or has no sample yet and fails.
 */
class LedgerReadAnswersTest {

    @ParameterizedTest
    @ValueSource(classes = {DealView.class, TrancheSeeThrough.class, InvestorPortfolio.class, EligibilityReport.class})
    void a_read_is_answered_exactly_as_the_ledger_writes_it(Class<?> answer) {
        Object record = sample(answer);

        assertThat(RestMapper.write(record)).isEqualTo(JsonCodec.toJson(record));
        assertThat(JsonCodec.fromJson(RestMapper.write(record), answer)).isEqualTo(record);
    }

    private static Object sample(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return List.of(sample(list.getActualTypeArguments()[0]));
        }
        if (!(type instanceof Class<?> c)) {
            return fail("no sample of " + type);
        }
        if (c == Money.class) {
            return Money.of(12_345, "CNY");
        }
        if (c == String.class) {
            return "text";
        }
        if (c == long.class || c == Long.class) {
            return 42L;
        }
        if (c == int.class || c == Integer.class) {
            return 7;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = Arrays.stream(components).map(component -> sample(component.getGenericType())).toArray();
            try {
                return c.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)).newInstance(values);
            } catch (ReflectiveOperationException e) {
                return fail("cannot make a " + c.getSimpleName(), e);
            }
        }
        return fail("no sample of " + c.getName() + ": check the REST mapper writes it as JsonCodec does, then add one");
    }
}
