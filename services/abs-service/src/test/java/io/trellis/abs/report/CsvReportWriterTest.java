package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFixtures.A;
import static io.trellis.abs.report.ReportFixtures.P1_TX;
import static io.trellis.abs.report.ReportFixtures.STRUCTURED_TX;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static List<String> lines(ReportDocument document) {
        return List.of(new String(CsvReportWriter.write(document), StandardCharsets.UTF_8).split("\r\n", -1));
    }

    @Test
    void a_cell_with_a_comma_or_a_quote_is_quoted_and_others_are_not() {
        assertThat(CsvReportWriter.cell("1,500.00")).isEqualTo("\"1,500.00\"");
        assertThat(CsvReportWriter.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(CsvReportWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReportWriter.cell("999.99")).isEqualTo("999.99");
    }

    @Test
    void each_table_is_its_title_its_headings_and_its_rows_after_an_empty_line() {
        ReportDocument document = new ReportDocument("Title", List.of(
                ReportTable.of("One", ReportTable.Column.text("a"), ReportTable.Column.number("b"))
                        .row("x", "1,000.00").build(),
                ReportTable.of("Two", ReportTable.Column.text("c")).row("y").build()));

        assertThat(lines(document)).containsExactly("Title", "", "One", "a,b", "x,\"1,000.00\"", "", "Two", "c", "y",
                "");
    }

    @Test
    void the_servicer_report_csv_carries_the_ledger_figures_to_the_fen_and_their_transactions() {
        List<String> lines = lines(ServicerReportDocument.of(ReportFixtures.deal(), ReportFixtures.first(),
                Optional.empty(), true));

        assertThat(lines).contains(
                "Collected in the period,\"250,000.00\"",
                "Carried in,\"50,000.00\"",
                "Available,\"300,000.00\"",
                "Fees paid,\"1,500.00\"",
                "Paid to the tranches,\"298,500.00\"",
                "Carried out,0.00",
                "1,Fees,\"1,500.00\"",
                "2,Senior interest,\"5,609.59\"",
                "3,Mezzanine interest,\"2,243.84\"",
                "4,Senior principal,\"290,646.57\"",
                ",Total,\"300,000.00\"",
                "Senior,3.00%,\"750,000.00\",\"750,000.00\",\"459,353.43\",0.00",
                A + ",Senior,Interest,\"2,493.65\"",
                A + ",Senior,Principal,\"129,202.09\"",
                "Total,,,\"298,500.00\"",
                "Trigger state,not hit: normal order",
                "Built from the ledger up to block,120",
                "Payment date 2026-07-01: servicer report and payouts,120," + P1_TX,
                "Deal structured,105," + STRUCTURED_TX);
    }
}
