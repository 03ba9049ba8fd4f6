package io.trellis.abs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a report: a title, column headings and rows of text already formatted.
 *
 * @param title   the section's heading
 * @param columns its columns; an amount column is right-aligned in the PDF
 * @param rows    cells as printed, one per column
 */
public record ReportTable(String title, List<Column> columns, List<List<String>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** @param numeric right-aligned (amounts, counts, block numbers) */
    public record Column(String name, boolean numeric) {

        public static Column text(String name) {
            return new Column(name, false);
        }

        public static Column number(String name) {
            return new Column(name, true);
        }
    }

    /** Builds a table row by row. */
    public static Builder of(String title, Column... columns) {
        return new Builder(title, List.of(columns));
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(title, columns, rows);
        }
    }
}
