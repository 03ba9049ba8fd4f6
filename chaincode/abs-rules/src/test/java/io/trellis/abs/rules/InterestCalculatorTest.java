package io.trellis.abs.rules;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterestCalculatorTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void interest_is_actual_over_365_on_the_outstanding_principal() {
        // 365 days at 4.00% on 1,000,000.00 (100,000,000 fen): exactly 4,000,000 fen.
        assertThat(InterestCalculator.interest(cny(100_000_000), 400, JAN_1, JAN_1.plusDays(365)))
                .isEqualTo(cny(4_000_000));
        // A leap year's 366 days earn 366/365 of it: 4,010,958.90 -> 4,010,959.
        assertThat(InterestCalculator.interest(cny(100_000_000), 400, LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1)))
                .isEqualTo(cny(4_010_959));
    }

    @Test
    void half_a_fen_rounds_up_and_less_rounds_down() {
        // 1,825 fen x 100 bp x 10 days = 1,825,000 / 3,650,000 = 0.5 -> 1.
        assertThat(InterestCalculator.interest(cny(1_825), 100, JAN_1, JAN_1.plusDays(10))).isEqualTo(cny(1));
        // 1,824 fen: 1,824,000 / 3,650,000 = 0.4997 -> 0.
        assertThat(InterestCalculator.interest(cny(1_824), 100, JAN_1, JAN_1.plusDays(10))).isEqualTo(cny(0));
    }

    @Test
    void a_period_must_have_at_least_one_day() {
        assertThatThrownBy(() -> InterestCalculator.interest(cny(1), 100, JAN_1, JAN_1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
