package io.trellis.chaincode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_subtracts_exact_minor_units() {
        Money a = Money.of(100_000_000L, "CNY");

        assertThat(a.plus(Money.of(1, "CNY"))).isEqualTo(Money.of(100_000_001L, "CNY"));
        assertThat(a.minus(Money.of(100_000_001L, "CNY"))).isEqualTo(Money.of(-1, "CNY"));
    }

    @Test
    void overflow_fails_instead_of_wrapping() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "CNY").plus(Money.of(1, "CNY")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void currencies_never_mix() {
        assertThatThrownBy(() -> Money.of(1, "CNY").plus(Money.of(1, "USD")))
                .hasMessage("cannot combine CNY with USD");
    }

    @Test
    void a_currency_is_three_capital_letters() {
        assertThatThrownBy(() -> Money.of(1, "cny")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_currency_is_an_iso_4217_code_not_a_nickname() {
        assertThatThrownBy(() -> Money.of(1, "RMB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of(1, "CNY").currency()).isEqualTo("CNY");
    }

    @Test
    void a_currency_without_two_decimals_or_no_currency_at_all_is_refused() {
        // JPY has no minor unit, KWD three, XXX means "no currency": none can be kept in hundredths.
        for (String code : new String[] {"JPY", "KWD", "XXX", "XAU"}) {
            assertThatThrownBy(() -> Money.of(1, code)).as(code).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Money.of(1, "HKD").currency()).isEqualTo("HKD");
    }

    @Test
    void encodes_as_minor_units_and_currency() {
        assertThat(JsonCodec.toJson(Money.of(123_45, "CNY"))).isEqualTo("{\"minor\":12345,\"currency\":\"CNY\"}");
    }
}
