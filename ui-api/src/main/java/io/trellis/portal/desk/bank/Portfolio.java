package io.trellis.portal.desk.bank;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.scf.VoucherView;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bank's book: what it still has outstanding on the vouchers it holds (financed, then overdue or pooled), by
 * obligor and maturity month, summed exactly in fen. One book per currency, since amounts of two currencies never add.
 */
public record Portfolio(List<Book> books) {

    /** One currency's book: a column per maturity month, a row per obligor (largest first), totals exact. */
    public record Book(String currency, List<YearMonth> months, List<Row> rows, List<Money> monthTotals, Money total) {
    }

    /** One obligor's outstanding: a cell per month of the book (null where nothing matures), its total. */
    public record Row(String obligorId, String obligorName, int vouchers, List<Money> cells, Money total) {
    }

    static Portfolio of(List<VoucherView> held, Function<String, String> names) {
        Map<String, List<VoucherView>> byCurrency = held.stream().filter(v -> v.outstanding().isPositive())
                .collect(Collectors.groupingBy(v -> v.outstanding().currency(), TreeMap::new, Collectors.toList()));
        List<Book> books = new ArrayList<>();
        byCurrency.forEach((currency, vouchers) -> books.add(book(currency, vouchers, names)));
        return new Portfolio(books);
    }

    public boolean isEmpty() {
        return books.isEmpty();
    }

    private static Book book(String currency, List<VoucherView> vouchers, Function<String, String> names) {
        List<YearMonth> months = new ArrayList<>(new TreeSet<>(vouchers.stream().map(Portfolio::month).toList()));
        Map<String, List<VoucherView>> byObligor = vouchers.stream()
                .collect(Collectors.groupingBy(VoucherView::obligorId));
        List<Row> rows = new ArrayList<>();
        byObligor.forEach((obligor, owed) -> rows.add(row(obligor, names.apply(obligor), owed, months, currency)));
        rows.sort(Comparator.comparing(Row::total).reversed().thenComparing(Row::obligorId));
        List<Money> monthTotals = months.stream()
                .map(month -> sum(vouchers.stream().filter(v -> month(v).equals(month)).toList(), currency)).toList();
        return new Book(currency, months, rows, monthTotals, sum(vouchers, currency));
    }

    private static Row row(String obligor, String name, List<VoucherView> owed, List<YearMonth> months,
            String currency) {
        List<Money> cells = months.stream().map(month -> {
            List<VoucherView> due = owed.stream().filter(v -> month(v).equals(month)).toList();
            return due.isEmpty() ? null : sum(due, currency);
        }).toList();
        return new Row(obligor, name, owed.size(), cells, sum(owed, currency));
    }

    private static YearMonth month(VoucherView voucher) {
        return YearMonth.from(voucher.maturityDate());
    }

    private static Money sum(List<VoucherView> vouchers, String currency) {
        return vouchers.stream().map(VoucherView::outstanding).reduce(Money.zero(currency), Money::plus);
    }
}
