package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an obligor must pay when: its vouchers still owed ({@link VoucherView#owed()}), their outstanding amounts
 * summed per maturity date, dates grouped by month, earliest first. Spent vouchers are left out, so a split or
 * transferred claim counts once, through its children.
 */
public final class MaturityCalendar {
    private MaturityCalendar() {
    }

    /** The vouchers maturing on one day: how many, and what they add up to (exact fen). */
    public record Day(LocalDate date, int vouchers, Money total) {
    }

    /** One month of the calendar and its total. */
    public record Month(YearMonth month, Money total, List<Day> days) {
        public Month {
            days = List.copyOf(days);
        }
    }

    public static List<Month> of(List<VoucherView> vouchers, String obligorId) {
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        vouchers.stream().filter(v -> obligorId.equals(v.obligorId()) && v.owed()).forEach(v -> days.merge(
                v.maturityDate(), new Day(v.maturityDate(), 1, v.outstanding()),
                (a, b) -> new Day(a.date(), a.vouchers() + b.vouchers(), a.total().plus(b.total()))));
        Map<YearMonth, List<Day>> byMonth = new TreeMap<>();
        days.values().forEach(day -> byMonth.computeIfAbsent(YearMonth.from(day.date()), m -> new ArrayList<>()).add(day));
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, its) -> months.add(new Month(month, its.stream().map(Day::total)
                .reduce(Money::plus).orElseThrow(), its)));
        return months;
    }

    /** Every day of the calendar, in order (a chart's bars). */
    public static List<Day> days(List<Month> months) {
        return months.stream().flatMap(m -> m.days().stream()).toList();
    }
}
