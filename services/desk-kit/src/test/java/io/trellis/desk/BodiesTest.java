package io.trellis.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Money;
import io.trellis.desk.problem.ProblemException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BodiesTest {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private final Bodies bodies = new Bodies(FACTORY.getValidator());

    record Line(@NotNull String obligorId, @NotNull @Valid AmountBody limit) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private String refusal(String json) {
        return assertThatThrownBy(() -> bodies.read(json, Line.class)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).toProblem().detail()).actual().toString();
    }

    @Test
    void a_valid_amount_becomes_exact_money() {
        Line line = bodies.read("{\"obligorId\":\"X\",\"limit\":{\"amount\":\"50000000.01\",\"currency\":\"CNY\"}}",
                Line.class);

        assertThat(line.limit().toMoney()).isEqualTo(Money.of(5_000_000_001L, "CNY"));
    }

    @Test
    void a_nested_amount_is_refused_under_its_path() {
        assertThat(refusal("{\"obligorId\":\"X\",\"limit\":{\"amount\":\"1e3\",\"currency\":\"CNY\"}}"))
                .isEqualTo("field 'limit.amount' must be decimal text with at most two decimals, e.g. \"1000000.00\"");
    }

    @Test
    void every_missing_or_wrong_field_is_named_in_a_stable_order() {
        assertThat(refusal("{\"limit\":{\"amount\":\"1.00\",\"currency\":\"yuan\"}}"))
                .isEqualTo("field 'limit.currency' must be an ISO 4217 code such as CNY; field 'obligorId' must not be null");
    }
}
