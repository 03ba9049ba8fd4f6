package io.trellis.abs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger transactions a report was built from, so anyone with channel access can check each figure against the
 * block and transaction that wrote it. A transaction is listed once, under the first record that cites it.
 */
final class LedgerSources {
    private final Map<String, Source> byTransaction = new LinkedHashMap<>();

    record Source(String record, long block, String transactionId) {
    }

    LedgerSources cite(String record, Long block, String transactionId) {
        if (transactionId != null && block != null) {
            byTransaction.putIfAbsent(transactionId, new Source(record, block, transactionId));
        }
        return this;
    }

    /** The newest block cited: the report reflects the ledger up to it. */
    long asOfBlock() {
        return byTransaction.values().stream().mapToLong(Source::block).max().orElse(0);
    }

    ReportTable table() {
        ReportTable.Builder table = ReportTable.of("Ledger sources", ReportTable.Column.text("Record"),
                ReportTable.Column.number("Block"), ReportTable.Column.text("Transaction id"));
        List<Source> sources = new ArrayList<>(byTransaction.values());
        sources.forEach(s -> table.row(s.record(), Long.toString(s.block()), s.transactionId()));
        return table.build();
    }
}
