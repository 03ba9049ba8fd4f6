package io.trellis.abs.stress;

import static io.trellis.abs.support.BodyChecks.read;
import static io.trellis.abs.support.BodyChecks.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.desk.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StressBodyTest {
    private static final String EVERY = "\"everyObligor\":{\"defaultRateBp\":500,\"recoveryRateBp\":4000,"
            + "\"recoveryDelayDays\":180}";

    @Test
    void a_scenario_for_every_obligor_with_one_override_becomes_the_engines_scenario() {
        StressBody body = read("{" + EVERY + ",\"byObligor\":{\"91310000MA1K000001\":{\"defaultRateBp\":10000,"
                + "\"recoveryRateBp\":0,\"recoveryDelayDays\":0}},\"paths\":10000,\"seed\":-7}", StressBody.class);

        assertThat(violations(body)).isEmpty();
        assertThat(body.toScenario()).isEqualTo(new StressScenario(new ObligorAssumptions(500, 4_000, 180),
                Map.of("91310000MA1K000001", new ObligorAssumptions(10_000, 0, 0)), 10_000, -7L));
    }

    @Test
    void without_overrides_every_obligor_has_the_same_assumptions() {
        StressScenario scenario = read("{" + EVERY + ",\"paths\":1,\"seed\":0}", StressBody.class).toScenario();

        assertThat(scenario.byObligor()).isEmpty();
        assertThat(scenario.of("anyone")).isEqualTo(new ObligorAssumptions(500, 4_000, 180));
    }

    @Test
    void every_missing_field_is_named() {
        assertThat(violations(read("{}", StressBody.class)))
                .containsExactly("everyObligor must not be null", "paths must not be null", "seed must not be null");
        assertThat(violations(read("{\"everyObligor\":{},\"paths\":1,\"seed\":1}", StressBody.class))).containsExactly(
                "everyObligor.defaultRateBp must not be null", "everyObligor.recoveryDelayDays must not be null",
                "everyObligor.recoveryRateBp must not be null");
        assertThat(violations(read("{" + EVERY + ",\"byObligor\":{\"X\":null},\"paths\":1,\"seed\":1}",
                StressBody.class))).containsExactly("byObligor[X].<map value> must not be null");
    }

    @Test
    void rates_delays_and_paths_outside_their_range_are_named_at_the_limit() {
        StressBody over = read("{\"everyObligor\":{\"defaultRateBp\":10001,\"recoveryRateBp\":-1,"
                + "\"recoveryDelayDays\":3651},\"paths\":100001,\"seed\":1}", StressBody.class);
        assertThat(violations(over)).containsExactly(
                "everyObligor.defaultRateBp must be less than or equal to 10000",
                "everyObligor.recoveryDelayDays must be less than or equal to 3650",
                "everyObligor.recoveryRateBp must be greater than or equal to 0",
                "paths must be less than or equal to 100000");
        assertThat(violations(read("{\"everyObligor\":{\"defaultRateBp\":10000,\"recoveryRateBp\":10000,"
                + "\"recoveryDelayDays\":3650},\"paths\":100000,\"seed\":1}", StressBody.class))).isEmpty();
        assertThat(violations(read("{" + EVERY + ",\"paths\":0,\"seed\":1}", StressBody.class)))
                .containsExactly("paths must be greater than 0");
    }

    @Test
    void an_override_is_checked_like_the_assumptions_for_everyone() {
        StressBody body = read("{" + EVERY + ",\"byObligor\":{\" \":{\"defaultRateBp\":20000,\"recoveryRateBp\":0,"
                + "\"recoveryDelayDays\":0}},\"paths\":1,\"seed\":1}", StressBody.class);

        assertThat(violations(body)).containsExactly(
                "byObligor<K>[ ].<map key> must not be blank",
                "byObligor[ ].defaultRateBp must be less than or equal to 10000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"paths\":10.5,\"seed\":1", "\"paths\":1e4,\"seed\":1", "\"paths\":\"10\",\"seed\":1",
            "\"paths\":10,\"seed\":1.0", "\"paths\":10,\"seed\":1,\"threads\":8"})
    void a_fraction_text_or_unknown_field_is_refused_while_reading(String fields) {
        assertThatThrownBy(() -> read("{" + EVERY + "," + fields + "}", StressBody.class))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void a_rate_with_a_fraction_is_refused_while_reading() {
        assertThatThrownBy(() -> read("{\"everyObligor\":{\"defaultRateBp\":5.5,\"recoveryRateBp\":0,"
                + "\"recoveryDelayDays\":0},\"paths\":1,\"seed\":1}", StressBody.class))
                .isInstanceOf(ProblemException.class).hasMessageContaining("everyObligor.defaultRateBp");
    }
}
