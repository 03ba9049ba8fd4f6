package io.trellis.abs.report;

import java.util.List;

/**
 * A report as both writers render it: a title and tables, in order. The CSV and the PDF of one report are the same
 * document, so they can never disagree.
 *
 * @param title  what the report is, naming the deal and the date or investor
 * @param tables its sections
 */
public record ReportDocument(String title, List<ReportTable> tables) {

    public ReportDocument {
        tables = List.copyOf(tables);
    }
}
