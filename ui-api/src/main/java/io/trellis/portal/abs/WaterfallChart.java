package io.trellis.portal.abs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.Money;
import io.trellis.portal.i18n.Formats;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js data of the waterfall charts, one stacked bar chart per tranche (canvas {@code waterfall-<CLASS>}):
 * per payment date the interest, principal and loss in yuan. Only the chart reads these numbers; every amount a
 * person reads is in the tables, exact to the fen.
 */
public final class WaterfallChart {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COLOURS = List.of("#0b6e4f", "#2680c2", "#b42318");

    private WaterfallChart() {
    }

    /** The JSON for the page's {@code <script type="application/json">}, safe inside a script element. */
    public static String json(List<WaterfallFlows.TrancheFlow> flows, Lang lang) {
        MessageCatalog messages = MessageCatalog.get();
        List<Map<String, Object>> charts = flows.stream().map(flow -> Map.<String, Object>of(
                "canvas", "waterfall-" + flow.trancheClass(),
                "labels", flow.periods().stream().map(p -> Formats.shown(p.paymentDate(), lang.locale())).toList(),
                "datasets", List.of(
                        dataset(messages.text(lang, "securities_chart_interest"), COLOURS.get(0),
                                flow.periods().stream().map(WaterfallFlows.Period::interest).toList()),
                        dataset(messages.text(lang, "securities_chart_principal"), COLOURS.get(1),
                                flow.periods().stream().map(WaterfallFlows.Period::principal).toList()),
                        dataset(messages.text(lang, "securities_chart_loss"), COLOURS.get(2),
                                flow.periods().stream().map(WaterfallFlows.Period::loss).toList())))).toList();
        try {
            return JSON.writeValueAsString(Map.of("charts", charts)).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> dataset(String label, String colour, List<Money> amounts) {
        return Map.of("label", label, "backgroundColor", colour,
                "data", amounts.stream().map(m -> BigDecimal.valueOf(m.minor(), 2)).toList());
    }
}
