package io.trellis.portal.abs;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsViewsTest {

    @Test
    void the_next_payment_date_is_the_first_after_the_last_one_run() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        assertThat(deal(dates, null).nextPaymentDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(deal(dates, LocalDate.of(2026, 7, 1)).nextPaymentDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(deal(dates, LocalDate.of(2026, 10, 1)).nextPaymentDate()).isNull();
        assertThat(deal(null, null).nextPaymentDate()).isNull();
    }

    @Test
    void a_stress_answer_shows_its_expected_loss_to_the_fen_and_its_basis_points_as_percentages() {
        AbsViews.TrancheStress stress = new AbsViews.TrancheStress("MEZZANINE", Money.of(15_000_000, "CNY"),
                new BigDecimal("12086745.50"), new BigDecimal("8057.83"), 100, new BigDecimal("10000.00"),
                Money.of(12_086_745, "CNY"), 3, null, null);
        assertThat(stress.expectedLoss()).isEqualTo(Money.of(12_086_746, "CNY"));
        assertThat(stress.expectedLossPercent()).isEqualTo("80.58%");
        assertThat(stress.lossProbabilityPercent()).isEqualTo("100.00%");
    }

    private static AbsViews.Deal deal(List<LocalDate> paymentDates, LocalDate lastRun) {
        return new AbsViews.Deal("AP1", "M", "O", "AMORTISING", Money.of(0, "CNY"), 0, null, 30, 365, 4000, List.of(),
                null, paymentDates, null, null, List.of(), false, Money.of(0, "CNY"), lastRun, 1);
    }
}
