package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFixtures.A;
import static io.trellis.abs.report.ReportFixtures.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.readmodel.DistributionDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestorStatementDocumentTest {
    private static final List<DistributionDto> DATES = List.of(ReportFixtures.first(), ReportFixtures.second());

    private static ReportTable table(ReportDocument document, String title) {
        return document.tables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void totals_per_date_and_kind_are_the_sums_of_the_investors_own_payouts() {
        ReportDocument statement = InvestorStatementDocument.of(ReportFixtures.deal(), A, ReportFixtures.holdings(),
                DATES);

        assertThat(table(statement, "Totals by payment date").rows()).containsExactly(
                List.of("2026-07-01", "2,493.65", "129,202.09", "0.00", "131,695.74"),
                List.of("2026-10-01", "1,544.08", "152,367.38", "0.00", "153,911.46"),
                List.of("Total", "4,037.73", "281,569.47", "0.00", "285,607.20"));
        assertThat(table(statement, "Totals by payment date").columns()).extracting(ReportTable.Column::name)
                .containsExactly("Payment date", "Interest (CNY)", "Principal (CNY)", "Residual (CNY)", "Total (CNY)");
    }

    @Test
    void the_statement_shows_only_the_investors_holdings_payouts_and_tranches() {
        ReportDocument statement = InvestorStatementDocument.of(ReportFixtures.deal(), C, ReportFixtures.holdings(),
                DATES);

        assertThat(table(statement, "Holdings").rows()).containsExactly(
                List.of("Senior", "3.00%", "1666", "166,600.00"),
                List.of("Mezzanine", "6.00%", "600", "60,000.00"),
                List.of("Total", "", "", "226,600.00"));
        assertThat(table(statement, "Payouts").rows()).hasSize(6)
                .contains(List.of("2026-07-01", "Mezzanine", "Interest", "897.53", "120"));
        assertThat(table(statement, "Your tranches after each payment date").rows()).containsExactly(
                List.of("2026-07-01", "Senior", "459,353.43", "0.00", "not hit"),
                List.of("2026-07-01", "Mezzanine", "150,000.00", "0.00", "not hit"),
                List.of("2026-10-01", "Senior", "116,595.39", "0.00", "not hit"),
                List.of("2026-10-01", "Mezzanine", "150,000.00", "0.00", "not hit"));
    }

    @Test
    void the_statement_cites_the_issuance_and_every_payment_date() {
        ReportDocument statement = InvestorStatementDocument.of(ReportFixtures.deal(), A, ReportFixtures.holdings(),
                DATES);

        assertThat(table(statement, "Ledger sources").rows()).containsExactly(
                List.of("Holdings issued", "110", ReportFixtures.ISSUED_TX),
                List.of("Payment date 2026-07-01: servicer report and payouts", "120", ReportFixtures.P1_TX),
                List.of("Payment date 2026-10-01: servicer report and payouts", "131", ReportFixtures.P2_TX),
                List.of("Deal structured", "105", ReportFixtures.STRUCTURED_TX));
        assertThat(table(statement, "Statement").rows()).contains(List.of("Payment dates run", "2 of 3"),
                List.of("Built from the ledger up to block", "131"));
    }
}
