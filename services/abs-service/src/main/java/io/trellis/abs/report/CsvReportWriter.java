package io.trellis.abs.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CSV (RFC 4180, UTF-8, CRLF): the title on the first line, then each table as its title line, its
 * heading row and its rows, tables separated by an empty line. A cell with a comma (every amount of a thousand or
 * more), a quote or a line break is quoted.
 */
public final class CsvReportWriter {
    private static final String CRLF = "\r\n";

    private CsvReportWriter() {
    }

    public static byte[] write(ReportDocument document) {
        StringBuilder csv = new StringBuilder(line(List.of(document.title())));
        for (ReportTable table : document.tables()) {
            csv.append(CRLF);
            csv.append(line(List.of(table.title())));
            csv.append(line(table.columns().stream().map(ReportTable.Column::name).toList()));
            table.rows().forEach(row -> csv.append(line(row)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvReportWriter::cell).collect(Collectors.joining(",")) + CRLF;
    }

    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
