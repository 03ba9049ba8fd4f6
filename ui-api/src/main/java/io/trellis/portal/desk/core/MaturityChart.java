package io.trellis.portal.desk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.portal.i18n.Formats;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import io.trellis.portal.scf.MaturityCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The maturity calendar as a Chart.js bar chart: one bar per maturity date, its height the amount due that day in
 * yuan (the table next to it shows the exact figures to the fen).
 */
final class MaturityChart {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MaturityChart() {
    }

    static String json(List<MaturityCalendar.Month> calendar, Lang lang) {
        List<MaturityCalendar.Day> days = MaturityCalendar.days(calendar);
        List<String> labels = days.stream().map(day -> Formats.shown(day.date(), lang.locale())).toList();
        List<BigDecimal> yuan = days.stream().map(day -> BigDecimal.valueOf(day.total().minor(), 2)).toList();
        Map<String, Object> config = Map.of("type", "bar", "data", Map.of("labels", labels, "datasets",
                List.of(Map.of("label", MessageCatalog.get().text(lang, "core_due_yuan"), "data", yuan,
                        "backgroundColor", "#0b6e4f"))),
                "options", Map.of("maintainAspectRatio", false, "plugins", Map.of("legend", Map.of("display", false))));
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart of dates and numbers always writes", e);
        }
    }
}
