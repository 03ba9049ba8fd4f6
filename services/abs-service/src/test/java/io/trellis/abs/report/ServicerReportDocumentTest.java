package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFixtures.A;
import static io.trellis.abs.report.ReportFixtures.P1_TX;
import static io.trellis.abs.report.ReportFixtures.P2_TX;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.readmodel.DistributionDto;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServicerReportDocumentTest {

    private static ReportTable table(ReportDocument document, String title) {
        return document.tables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void tranches_start_the_date_from_the_balances_the_previous_date_left() {
        ReportDocument second = ServicerReportDocument.of(ReportFixtures.deal(), ReportFixtures.second(),
                Optional.of(ReportFixtures.first()), true);

        assertThat(table(second, "Tranches").rows()).containsExactly(
                List.of("Senior", "3.00%", "750,000.00", "459,353.43", "116,595.39", "0.00"),
                List.of("Mezzanine", "6.00%", "150,000.00", "150,000.00", "150,000.00", "0.00"),
                List.of("Subordinated", "0.00%", "100,000.00", "100,000.00", "100,000.00", "0.00"));
    }

    @Test
    void the_report_cites_the_payment_date_and_the_date_whose_balances_it_starts_from() {
        ReportDocument second = ServicerReportDocument.of(ReportFixtures.deal(), ReportFixtures.second(),
                Optional.of(ReportFixtures.first()), true);

        assertThat(table(second, "Ledger sources").rows()).extracting(row -> row.get(2))
                .containsExactly(P2_TX, ReportFixtures.STRUCTURED_TX, ReportFixtures.CREATED_TX, P1_TX);
        assertThat(table(second, "Deal").rows()).contains(List.of("Built from the ledger up to block", "131"));
    }

    @Test
    void an_investor_reading_the_report_sees_its_own_payouts_under_its_own_heading() {
        ReportDocument report = ServicerReportDocument.of(ReportFixtures.deal(),
                ReportFixtures.onlyPayoutsOf(ReportFixtures.first(), A), Optional.empty(), false);

        assertThat(table(report, "Payouts to you").rows()).containsExactly(
                List.of(A, "Senior", "Interest", "2,493.65"),
                List.of(A, "Senior", "Principal", "129,202.09"),
                List.of("Total", "", "", "131,695.74"));
        assertThat(report.tables()).extracting(ReportTable::title).doesNotContain("Payouts to investors");
    }

    @Test
    void a_hit_trigger_is_reported_as_the_accelerated_order() {
        DistributionDto p1 = ReportFixtures.first();
        DistributionDto hit = new DistributionDto(p1.poolId(), p1.paymentDate(), p1.periodStart(), p1.collected(),
                p1.carriedIn(), ReportFixtures.cny(5_000_000), true, p1.steps(), p1.tranches(), p1.feeArrears(),
                p1.carriedOut(), p1.documentHash(), p1.payouts(), p1.transactionId(), p1.blockNumber());

        ReportDocument report = ServicerReportDocument.of(ReportFixtures.deal(), hit, Optional.empty(), true);

        assertThat(table(report, "Deal").rows()).contains(List.of("Trigger state", "HIT: accelerated order"),
                List.of("Default trigger", "4.00% of the pool principal 1,000,000.00"));
        assertThat(table(report, "Collections and cash").rows())
                .contains(List.of("Cumulative defaulted principal", "50,000.00"));
    }
}
