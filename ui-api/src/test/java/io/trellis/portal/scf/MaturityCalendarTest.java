package io.trellis.portal.scf;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaturityCalendarTest {
    private static VoucherView voucher(String id, String obligor, long outstanding, LocalDate maturity,
            VoucherStatus status) {
        return new VoucherView(id, id, null, obligor, "S", Money.of(outstanding, "CNY"), Money.of(outstanding, "CNY"),
                LocalDate.of(2026, 12, 1), maturity, 1, status, null, null);
    }

    @Test
    void sums_what_is_owed_per_maturity_date_and_month_to_the_fen_leaving_out_spent_and_settled_vouchers() {
        LocalDate mar1 = LocalDate.of(2027, 3, 1);
        LocalDate mar15 = LocalDate.of(2027, 3, 15);
        LocalDate jan5 = LocalDate.of(2027, 1, 5);
        List<VoucherView> vouchers = List.of(
                voucher("A", "C", 100_000_001L, mar1, VoucherStatus.ISSUED),
                voucher("B", "C", 60_000_000L, mar1, VoucherStatus.ACTIVE),
                voucher("B0", "C", 160_000_000L, mar1, VoucherStatus.SPLIT),
                voucher("D", "C", 5_55L, mar15, VoucherStatus.FINANCED),
                voucher("E", "C", 7_00L, jan5, VoucherStatus.POOLED),
                voucher("F", "C", 9_00L, jan5, VoucherStatus.SETTLED),
                voucher("G", "C", 9_00L, jan5, VoucherStatus.REJECTED),
                voucher("H", "OTHER", 9_00L, jan5, VoucherStatus.ACTIVE));

        List<MaturityCalendar.Month> calendar = MaturityCalendar.of(vouchers, "C");

        assertThat(calendar).extracting(MaturityCalendar.Month::month)
                .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 3));
        assertThat(calendar.get(0).total()).isEqualTo(Money.of(7_00L, "CNY"));
        assertThat(calendar.get(1).days()).containsExactly(
                new MaturityCalendar.Day(mar1, 2, Money.of(160_000_001L, "CNY")),
                new MaturityCalendar.Day(mar15, 1, Money.of(5_55L, "CNY")));
        assertThat(calendar.get(1).total()).isEqualTo(Money.of(160_000_556L, "CNY"));
        assertThat(MaturityCalendar.days(calendar)).extracting(MaturityCalendar.Day::date)
                .containsExactly(jan5, mar1, mar15);
    }

    @Test
    void nothing_owed_is_an_empty_calendar() {
        assertThat(MaturityCalendar.of(List.of(), "C")).isEmpty();
    }
}
