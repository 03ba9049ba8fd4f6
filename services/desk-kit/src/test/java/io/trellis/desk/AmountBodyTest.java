package io.trellis.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Money;
import io.trellis.desk.problem.ProblemException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountBodyTest {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private final Bodies bodies = new Bodies(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static String body(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}";
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "0.5, 50",
            "0.05, 5",
            "0.1, 10",
            "0.29, 29",
            "4.35, 435",
            "1000000.00, 100000000",
            "1000000, 100000000",
            "12.3, 1230"})
    void decimal_text_becomes_exact_minor_units(String amount, long fen) {
        assertThat(bodies.read(body(amount), AmountBody.class).toMoney()).isEqualTo(Money.of(fen, "CNY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1.005", "1e3", "1E3", "-1.00", "+1", "01", "1.", ".5", "1,000.00", " 1", "1 ",
            "", "NaN", "1_000", "999999999999999999999"})
    void anything_but_plain_decimal_text_with_two_decimals_at_most_is_refused_never_rounded(String amount) {
        assertThatThrownBy(() -> bodies.read(body(amount), AmountBody.class))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).toProblem().detail())
                .isEqualTo("field 'amount' must be decimal text with at most two decimals, e.g. \"1000000.00\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMB", "cny", "XYZ", "CN", "CNYY"})
    void a_currency_that_is_not_an_iso_4217_code_is_refused(String currency) {
        assertThatThrownBy(() -> bodies.read("{\"amount\":\"1.00\",\"currency\":\"" + currency + "\"}", AmountBody.class))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).toProblem().detail())
                .isEqualTo("field 'currency' must be an ISO 4217 code such as CNY");
    }
}
