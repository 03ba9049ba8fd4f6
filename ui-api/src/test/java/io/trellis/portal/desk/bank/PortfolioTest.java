package io.trellis.portal.desk.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.portal.scf.VoucherView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    private static VoucherView held(String id, String obligor, long outstandingFen, String maturity) {
        return held(id, obligor, Money.of(outstandingFen, "CNY"), maturity);
    }

    private static VoucherView held(String id, String obligor, Money outstanding, String maturity) {
        return new VoucherView(id, id, null, obligor, "BANK", Money.of(outstanding.minor() + 1, outstanding.currency()),
                outstanding, LocalDate.parse(maturity).minusMonths(6), LocalDate.parse(maturity), 1,
                VoucherStatus.FINANCED, null, null);
    }

    @Test
    void sums_outstanding_exactly_by_obligor_and_maturity_month_largest_obligor_first() {
        Portfolio book = Portfolio.of(List.of(
                held("a", "CORE-A", 10_000_001L, "2027-06-30"),
                held("b", "CORE-A", 5_000_099L, "2027-06-01"),
                held("c", "CORE-B", 40_000_000L, "2027-07-15"),
                held("d", "CORE-A", 1L, "2027-07-31")), id -> "name of " + id);

        Portfolio.Book cny = book.books().getFirst();
        assertThat(cny.months()).containsExactly(YearMonth.of(2027, 6), YearMonth.of(2027, 7));
        assertThat(cny.rows()).extracting(Portfolio.Row::obligorName)
                .containsExactly("name of CORE-B", "name of CORE-A");
        Portfolio.Row coreA = cny.rows().get(1);
        assertThat(coreA.cells()).containsExactly(Money.of(15_000_100L, "CNY"), Money.of(1L, "CNY"));
        assertThat(coreA.total()).isEqualTo(Money.of(15_000_101L, "CNY"));
        assertThat(coreA.vouchers()).isEqualTo(3);
        assertThat(cny.rows().getFirst().cells()).containsExactly(null, Money.of(40_000_000L, "CNY"));
        assertThat(cny.monthTotals()).containsExactly(Money.of(15_000_100L, "CNY"), Money.of(40_000_001L, "CNY"));
        assertThat(cny.total()).isEqualTo(Money.of(55_000_101L, "CNY"));
    }

    @Test
    void leaves_out_what_is_fully_paid_and_keeps_each_currency_in_its_own_book() {
        Portfolio book = Portfolio.of(List.of(
                held("paid", "CORE-A", 0L, "2027-06-30"),
                held("usd", "CORE-A", Money.of(12_345L, "USD"), "2027-06-30"),
                held("cny", "CORE-A", 99L, "2027-06-30")), id -> id);

        assertThat(book.books()).extracting(Portfolio.Book::currency).containsExactly("CNY", "USD");
        assertThat(book.books()).extracting(Portfolio.Book::total)
                .containsExactly(Money.of(99L, "CNY"), Money.of(12_345L, "USD"));
        assertThat(Portfolio.of(List.of(held("paid", "CORE-A", 0L, "2027-06-30")), id -> id).isEmpty()).isTrue();
    }

    @Test
    void the_chart_has_a_bar_per_obligor_and_a_segment_per_month_in_exact_yuan_and_no_markup() {
        Portfolio book = Portfolio.of(List.of(
                held("a", "CORE-A", 10_000_001L, "2027-06-30"),
                held("c", "CORE-B", 40_000_000L, "2027-07-15")), id -> id.equals("CORE-A") ? "</script><b>" : id);

        String json = PortfolioChart.json(book);
        assertThat(json).doesNotContain("<").contains("\\u003c/script>")
                .contains("\"labels\":[\"CORE-B\",\"\\u003c/script>\\u003cb>\"]")
                .contains("{\"label\":\"2027-06\",\"data\":[0,100000.01]}")
                .contains("\"data\":[400000.00,0]");
        assertThat(PortfolioChart.json(new Portfolio(List.of()))).isNull();
    }
}
