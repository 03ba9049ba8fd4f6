package io.trellis.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts to the fen with thousands separators, dates as people in China write them, in both languages. */
class FormatsTest {
    private static final LocalDate LAST_OF_NOVEMBER = LocalDate.of(2026, 11, 30);

    @Test
    void a_cny_amount_shows_the_yuan_sign_thousands_separators_and_every_fen() {
        assertThat(Formats.shown(Money.of(123_456_789, "CNY"))).isEqualTo("¥1,234,567.89");
        assertThat(Formats.figure(Money.of(123_456_789, "CNY"))).isEqualTo("1,234,567.89");
        assertThat(Formats.cny(100_000_000)).isEqualTo("¥1,000,000.00");
    }

    @Test
    void a_negative_amount_puts_the_minus_before_the_yuan_sign() {
        assertThat(Formats.shown(Money.of(-123_450, "CNY"))).isEqualTo("-¥1,234.50");
        assertThat(Formats.shown(Money.of(-1, "CNY"))).isEqualTo("-¥0.01");
    }

    @Test
    void zero_and_one_fen_keep_both_decimals() {
        assertThat(Formats.shown(Money.of(0, "CNY"))).isEqualTo("¥0.00");
        assertThat(Formats.shown(Money.of(1, "CNY"))).isEqualTo("¥0.01");
        assertThat(Formats.shown(Money.of(10, "CNY"))).isEqualTo("¥0.10");
    }

    @Test
    void the_largest_amounts_are_exact_to_the_fen() {
        // a credit line's ceiling, 10^15 fen
        assertThat(Formats.shown(Money.of(1_000_000_000_000_000L, "CNY"))).isEqualTo("¥10,000,000,000,000.00");
        assertThat(Formats.shown(Money.of(999_999_999_999_999L, "CNY"))).isEqualTo("¥9,999,999,999,999.99");
        // beyond any double's precision
        assertThat(Formats.shown(Money.of(Long.MAX_VALUE, "CNY"))).isEqualTo("¥92,233,720,368,547,758.07");
    }

    @Test
    void another_currency_shows_its_code_instead_of_the_yuan_sign() {
        assertThat(Formats.shown(Money.of(123_450, "USD"))).isEqualTo("USD 1,234.50");
        assertThat(Formats.shown(Money.of(-5, "HKD"))).isEqualTo("HKD -0.05");
    }

    @Test
    void a_date_reads_year_month_day_in_chinese_and_iso_in_english() {
        assertThat(Formats.shown(LAST_OF_NOVEMBER, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月30日");
        assertThat(Formats.shown(LocalDate.of(2027, 1, 5), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027年1月5日");
        assertThat(Formats.shown(LAST_OF_NOVEMBER, Locale.ENGLISH)).isEqualTo("2026-11-30");
        assertThat(Formats.shown(LocalDate.of(2027, 1, 5), Locale.ENGLISH)).isEqualTo("2027-01-05");
        assertThat(Formats.shown((LocalDate) null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void a_time_adds_hours_and_minutes_to_the_date_in_either_language() {
        OffsetDateTime morning = OffsetDateTime.of(2026, 11, 30, 9, 5, 59, 0, ZoneOffset.ofHours(8));

        assertThat(Formats.shown(morning, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月30日 09:05");
        assertThat(Formats.shown(morning, Locale.ENGLISH)).isEqualTo("2026-11-30 09:05");
    }

    @Test
    void a_page_without_a_known_locale_shows_chinese_dates() {
        assertThat(Formats.shown(LAST_OF_NOVEMBER, null)).isEqualTo("2026年11月30日");
    }

    @Test
    void basis_points_read_as_a_percentage_with_two_decimals() {
        assertThat(Formats.percent(450)).isEqualTo("4.50%");
        assertThat(Formats.percent(5)).isEqualTo("0.05%");
        assertThat(Formats.percent(0)).isEqualTo("0.00%");
    }
}
