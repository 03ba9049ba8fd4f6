package io.trellis.chaincode.financing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscountTest {

    @Test
    void one_day_rounds_half_up_to_the_fen() {
        // 1,000,000.00 CNY at 3.65% for 1 day: 100,000,000 x 365 x 1 / 3,600,000 = 10,138.888... -> 10,139 fen.
        assertThat(Discount.interest(100_000_000L, 365, 1)).isEqualTo(10_139L);
    }

    @Test
    void a_leap_february_counts_its_29_actual_days() {
        // 2028-02-01 to 2028-03-01 is 29 days. At 5.00% on 1,000,000.00 CNY:
        // 100,000,000 x 500 x 29 / 3,600,000 = 1,450,000,000,000 / 3,600,000 = 402,777.77... -> 402,778 fen.
        assertThat(Discount.interest(100_000_000L, 500, 29)).isEqualTo(402_778L);
        // At 3.60% the same span divides exactly: 100,000,000 x 360 x 29 / 3,600,000 = 290,000 fen.
        assertThat(Discount.interest(100_000_000L, 360, 29)).isEqualTo(290_000L);
    }

    @Test
    void exactly_half_a_fen_rounds_up_and_just_below_half_rounds_down() {
        // 18.00 CNY at 10% for 1 day: 1,800 x 1,000 x 1 / 3,600,000 = 0.5 -> 1 fen.
        assertThat(Discount.interest(1_800L, 1_000, 1)).isEqualTo(1L);
        // 17.99 CNY: 1,799,000 / 3,600,000 = 0.4997... -> 0 fen.
        assertThat(Discount.interest(1_799L, 1_000, 1)).isEqualTo(0L);
        // 54.00 CNY: 5,400,000 / 3,600,000 = 1.5 -> 2 fen.
        assertThat(Discount.interest(5_400L, 1_000, 1)).isEqualTo(2L);
    }

    @Test
    void a_zero_rate_or_zero_days_costs_nothing() {
        assertThat(Discount.interest(100_000_000L, 0, 180)).isZero();
        assertThat(Discount.interest(100_000_000L, 450, 0)).isZero();
    }

    @Test
    void a_face_whose_product_overflows_a_long_is_still_exact() {
        // 100% for 360 days is the whole face: 9e17 x 10,000 x 360 overflows long, the result must not.
        assertThat(Discount.interest(900_000_000_000_000_000L, 10_000, 360)).isEqualTo(900_000_000_000_000_000L);
    }
}
