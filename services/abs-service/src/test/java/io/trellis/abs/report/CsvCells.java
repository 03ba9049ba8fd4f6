package io.trellis.abs.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A report's CSV read back into rows of cells (RFC 4180 quoting), to find a section's rows by their first cell. */
final class CsvCells {
    private final List<List<String>> rows = new ArrayList<>();

    CsvCells(byte[] csv) {
        for (String line : new String(csv, StandardCharsets.UTF_8).split("\r\n")) {
            rows.add(cells(line));
        }
    }

    /** The first row whose first cell is {@code label}. */
    List<String> row(String label) {
        return find(label).orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
    }

    Optional<List<String>> find(String label) {
        return rows.stream().filter(r -> r.getFirst().equals(label)).findFirst();
    }

    /** The rows of the section titled {@code title}, without its heading row, up to the empty line after it. */
    List<List<String>> section(String title) {
        int start = rows.indexOf(List.of(title));
        if (start < 0) {
            throw new AssertionError("no section " + title + " in " + rows);
        }
        List<List<String>> section = new ArrayList<>();
        for (int i = start + 2; i < rows.size() && !rows.get(i).equals(List.of("")); i++) {
            section.add(rows.get(i));
        }
        return section;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
