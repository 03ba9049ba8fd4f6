package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFixtures.A;
import static io.trellis.abs.report.ReportFixtures.P1_TX;
import static io.trellis.abs.report.ReportFixtures.P2_TX;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs are opened with PDFBox and their text read back, as a reader's PDF viewer would show it. */
class PdfReportWriterTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void the_servicer_report_pdf_shows_the_ledger_totals_to_the_fen_and_the_block_and_transactions() throws IOException {
        String text = text(PdfReportWriter.write(ServicerReportDocument.of(ReportFixtures.deal(),
                ReportFixtures.second(), Optional.of(ReportFixtures.first()), true)));

        assertThat(text).contains("Servicer report: deal " + ReportFixtures.DEAL + ", payment date 2026-10-01")
                .contains("Collected in the period 350,000.00")
                .contains("Fees paid 1,500.00")
                .contains("Paid to the tranches 348,500.00")
                .contains("4 Senior principal 342,758.04")
                .contains("Total 350,000.00")
                .contains("Senior 3.00% 750,000.00 459,353.43 116,595.39 0.00")
                .contains(A + " Senior Principal 152,367.38")
                .contains("Total 348,500.00")
                .contains("Trigger state not hit: normal order")
                .contains("Built from the ledger up to block 131")
                .contains("131 " + P2_TX)
                .contains("120 " + P1_TX)
                .contains("Page 1 of ");
    }

    @Test
    void the_investor_statement_pdf_shows_its_totals_and_sources() throws IOException {
        String text = text(PdfReportWriter.write(InvestorStatementDocument.of(ReportFixtures.deal(), A,
                ReportFixtures.holdings(), List.of(ReportFixtures.first(), ReportFixtures.second()))));

        assertThat(text).contains("Investor statement: investor " + A + ", deal " + ReportFixtures.DEAL)
                .contains("2026-07-01 2,493.65 129,202.09 0.00 131,695.74")
                .contains("2026-10-01 1,544.08 152,367.38 0.00 153,911.46")
                .contains("Total 4,037.73 281,569.47 0.00 285,607.20")
                .contains("Senior 3.00% 3334 333,400.00")
                .contains("Holdings issued 110 " + ReportFixtures.ISSUED_TX)
                .contains("131 " + P2_TX);
    }

    @Test
    void a_table_longer_than_a_page_goes_on_and_repeats_its_headings() throws IOException {
        ReportTable.Builder long_ = ReportTable.of("Payouts", ReportTable.Column.text("Investor"),
                ReportTable.Column.number("Amount (CNY)"));
        IntStream.rangeClosed(1, 150).forEach(i -> long_.row("investor " + i, i + ",000.00"));

        byte[] pdf = PdfReportWriter.write(new ReportDocument("Long", List.of(long_.build())));

        String text = text(pdf);
        int pages = pages(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("investor 1 1,000.00").contains("investor 150 150,000.00")
                .contains("Page " + pages + " of " + pages);
        assertThat(text.split("Investor Amount \\(CNY\\)", -1)).hasSize(pages + 1);
    }

    @Test
    void a_wide_table_is_set_smaller_and_keeps_every_cell() throws IOException {
        String tx = "f".repeat(64);
        ReportTable wide = ReportTable.of("Wide", ReportTable.Column.text("One"), ReportTable.Column.text("Two"),
                ReportTable.Column.text("Three")).row(tx, tx, tx).build();

        String text = text(PdfReportWriter.write(new ReportDocument("Wide", List.of(wide))));

        assertThat(text).contains(tx + " " + tx + " " + tx);
    }

    @Test
    void a_character_helvetica_cannot_print_is_printed_as_a_question_mark() throws IOException {
        ReportTable table = ReportTable.of("Names", ReportTable.Column.text("Name")).row("上海 Trellis").build();

        assertThat(text(PdfReportWriter.write(new ReportDocument("Names", List.of(table))))).contains("?? Trellis");
    }
}
