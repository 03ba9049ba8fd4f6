package io.trellis.portal.desk.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.portal.scf.VoucherView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterestPreviewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static VoucherView voucher(long outstandingMinor, LocalDate maturity) {
        return new VoucherView("CV1", "CV1", null, "CORE", "SUPPLIER", Money.of(outstandingMinor, "CNY"),
                Money.of(outstandingMinor, "CNY"), TODAY, maturity, 1, VoucherStatus.ACTIVE, null, null);
    }

    @Test
    void one_million_at_four_and_a_half_percent_for_ninety_days_costs_exactly_eleven_thousand_two_hundred_fifty() {
        InterestPreview.Result preview = InterestPreview.of(voucher(100_000_000L, TODAY.plusDays(90)), "4.50",
                TODAY.toString(), TODAY);

        assertThat(preview.terms().days()).isEqualTo(90);
        assertThat(preview.terms().rateBps()).isEqualTo(450);
        assertThat(preview.terms().interest()).isEqualTo(Money.of(1_125_000L, "CNY"));
        assertThat(preview.terms().proceeds()).isEqualTo(Money.of(98_875_000L, "CNY"));
        assertThat(preview.face()).isEqualTo(Money.of(100_000_000L, "CNY"));
    }

    @Test
    void rounds_half_up_to_the_fen_as_the_ledger_does() {
        // domain.md §3: 1,000,000.00 at 3.65 % for one day is 10,138.888… fen, so 10,139 fen
        InterestPreview.Result preview = InterestPreview.of(voucher(100_000_000L, TODAY.plusDays(1)), "3.65",
                TODAY.toString(), TODAY);

        assertThat(preview.terms().interest()).isEqualTo(Money.of(10_139L, "CNY"));
    }

    @Test
    void counts_actual_days_from_the_value_date_to_maturity() {
        InterestPreview.Result preview = InterestPreview.of(voucher(100_000_000L, LocalDate.of(2027, 3, 1)), "5",
                "2027-02-01", TODAY);

        assertThat(preview.terms().days()).isEqualTo(28);
        assertThat(preview.terms().interest()).isEqualTo(Money.of(388_889L, "CNY"));
    }

    @Test
    void a_value_date_before_today_is_refused_with_the_ledgers_code() {
        InterestPreview.Result preview = InterestPreview.of(voucher(100_000_000L, TODAY.plusDays(90)), "4.50",
                TODAY.minusDays(1).toString(), TODAY);

        assertThat(preview.terms()).isNull();
        assertThat(preview.problemCode()).isEqualTo("INVALID_FINANCING_TERMS");
    }

    @Test
    void without_a_rate_or_with_one_not_written_as_a_percentage_it_asks_for_one() {
        VoucherView voucher = voucher(100_000_000L, TODAY.plusDays(90));

        assertThat(InterestPreview.of(voucher, " ", TODAY.toString(), TODAY).messageKey())
                .isEqualTo("supplier_preview_enter_rate");
        assertThat(InterestPreview.of(voucher, "4.505", TODAY.toString(), TODAY).messageKey())
                .isEqualTo("supplier_preview_rate_format");
        assertThat(InterestPreview.of(voucher, "4,50", TODAY.toString(), TODAY).messageKey())
                .isEqualTo("supplier_preview_rate_format");
        assertThat(InterestPreview.of(voucher, "4.5", "1 Dec", TODAY).messageKey())
                .isEqualTo("supplier_preview_date_format");
    }

    @Test
    void a_rate_above_one_hundred_percent_is_refused_as_the_ledger_refuses_it() {
        InterestPreview.Result preview = InterestPreview.of(voucher(100_000_000L, TODAY.plusDays(90)), "100.01",
                TODAY.toString(), TODAY);

        assertThat(preview.problemCode()).isEqualTo("INVALID_ARGUMENT");
    }
}
