package io.trellis.portal.desk.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book as a Chart.js stacked bar chart: a bar per obligor, a segment per maturity month, in yuan (exact decimal
 * figures). Written as JSON for a {@code <script type="application/json">} element, with {@code <} escaped so no
 * party name can close that element.
 */
final class PortfolioChart {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PortfolioChart() {
    }

    /** The first book's chart (the platform's business is in CNY), or {@code null} for an empty book. */
    static String json(Portfolio portfolio) {
        if (portfolio.isEmpty()) {
            return null;
        }
        Portfolio.Book book = portfolio.books().getFirst();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int m = 0; m < book.months().size(); m++) {
            int month = m;
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", book.months().get(m).toString());
            dataset.put("data", book.rows().stream().map(row -> yuan(row.cells().get(month))).toList());
            datasets.add(dataset);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", Map.of("labels", book.rows().stream().map(Portfolio.Row::obligorName).toList(),
                "datasets", datasets));
        config.put("options", Map.of("responsive", true, "maintainAspectRatio", false,
                "scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true,
                        "title", Map.of("display", true, "text", book.currency())))));
        try {
            return JSON.writeValueAsString(config).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }

    private static BigDecimal yuan(Money amount) {
        return amount == null ? BigDecimal.ZERO : BigDecimal.valueOf(amount.minor(), 2);
    }
}
