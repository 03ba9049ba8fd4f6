package io.trellis.portal.abs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.Money;
import io.trellis.portal.i18n.Lang;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterfallChartTest {

    @Test
    void one_stacked_chart_per_tranche_with_interest_principal_and_loss_in_yuan_and_dates_as_read_in_chinese() throws Exception {
        WaterfallFlows.TrancheFlow senior = new WaterfallFlows.TrancheFlow("SENIOR", List.of(new WaterfallFlows.Period(
                LocalDate.of(2026, 7, 1), Money.of(560_959, "CNY"), Money.of(29_064_657, "CNY"), Money.of(0, "CNY"))));

        JsonNode chart = new ObjectMapper().readTree(WaterfallChart.json(List.of(senior), Lang.ZH)).get("charts").get(0);

        assertThat(chart.get("canvas").asText()).isEqualTo("waterfall-SENIOR");
        assertThat(chart.get("labels").get(0).asText()).isEqualTo("2026年7月1日");
        assertThat(chart.get("datasets")).extracting(d -> d.get("label").asText())
                .containsExactly("利息", "本金", "损失（未付）");
        assertThat(chart.get("datasets").get(0).get("data").get(0).decimalValue()).isEqualByComparingTo("5609.59");
        assertThat(chart.get("datasets").get(1).get("data").get(0).decimalValue()).isEqualByComparingTo("290646.57");
    }

    @Test
    void nothing_in_the_data_can_close_the_script_element_it_sits_in() {
        assertThat(WaterfallChart.json(List.of(new WaterfallFlows.TrancheFlow("</script>", List.of())), Lang.EN))
                .doesNotContain("<");
    }
}
