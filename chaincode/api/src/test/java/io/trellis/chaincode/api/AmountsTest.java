package io.trellis.chaincode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void results_within_a_long_are_exact() {
        assertThat(Amounts.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.subtract(Long.MIN_VALUE + 1, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Amounts.multiply(Amounts.CEILING, 9_000)).isEqualTo(9_000_000_000_000_000_000L);
        assertThat(Amounts.exact(BigInteger.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.exact(new BigDecimal("123"))).isEqualTo(123);
    }

    @Test
    void a_result_beyond_a_long_is_out_of_range_never_wrapped() {
        assertThatThrownBy(() -> Amounts.add(Long.MAX_VALUE, 1)).isInstanceOf(Amounts.OutOfRange.class);
        assertThatThrownBy(() -> Amounts.subtract(Long.MIN_VALUE, 1)).isInstanceOf(Amounts.OutOfRange.class);
        assertThatThrownBy(() -> Amounts.multiply(Long.MAX_VALUE, 2)).isInstanceOf(Amounts.OutOfRange.class);
        assertThatThrownBy(() -> Amounts.exact(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)))
                .isInstanceOf(Amounts.OutOfRange.class);
        assertThatThrownBy(() -> Amounts.exact(new BigDecimal("1e19"))).isInstanceOf(Amounts.OutOfRange.class);
    }

    @Test
    void money_that_would_overflow_is_out_of_range() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "CNY").plus(Money.of(1, "CNY")))
                .isInstanceOf(Amounts.OutOfRange.class)
                .hasMessageContaining("outside the range the ledger keeps exactly");
    }
}
