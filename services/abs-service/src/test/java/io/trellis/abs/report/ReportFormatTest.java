package io.trellis.abs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void an_amount_is_printed_to_the_fen_with_thousands_separators() {
        assertThat(ReportFormat.amount(Money.of(123_456_789L, "CNY"))).isEqualTo("1,234,567.89");
        assertThat(ReportFormat.amount(Money.of(29_850_000L, "CNY"))).isEqualTo("298,500.00");
        assertThat(ReportFormat.amount(Money.of(100_000L, "CNY"))).isEqualTo("1,000.00");
        assertThat(ReportFormat.amount(Money.of(99_999L, "CNY"))).isEqualTo("999.99");
    }

    @Test
    void a_few_fen_keep_their_leading_zero() {
        assertThat(ReportFormat.amount(Money.of(5L, "CNY"))).isEqualTo("0.05");
        assertThat(ReportFormat.amount(Money.of(0L, "CNY"))).isEqualTo("0.00");
    }

    @Test
    void the_largest_amount_is_printed_exactly() {
        assertThat(ReportFormat.amount(Money.of(Long.MAX_VALUE, "CNY"))).isEqualTo("92,233,720,368,547,758.07");
    }

    @Test
    void basis_points_are_printed_as_a_percentage() {
        assertThat(ReportFormat.percent(400)).isEqualTo("4.00%");
        assertThat(ReportFormat.percent(1)).isEqualTo("0.01%");
        assertThat(ReportFormat.percent(10_000)).isEqualTo("100.00%");
        assertThat(ReportFormat.percent(0)).isEqualTo("0.00%");
    }

    @Test
    void a_constant_is_printed_as_words() {
        assertThat(ReportFormat.words("SENIOR_INTEREST")).isEqualTo("Senior interest");
        assertThat(ReportFormat.words("FEES")).isEqualTo("Fees");
    }
}
