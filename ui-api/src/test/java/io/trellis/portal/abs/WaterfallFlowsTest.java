package io.trellis.portal.abs;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The §8 story's first and third payment dates (docs/abs.md), read per tranche. */
class WaterfallFlowsTest {
    private static final LocalDate P1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate P3 = LocalDate.of(2027, 1, 1);

    @Test
    void each_tranche_gets_its_interest_and_principal_steps_and_its_unpaid_interest_as_loss() {
        AbsViews.Distribution p1 = date(P1, List.of(step("FEES", 150_000), step("SENIOR_INTEREST", 560_959),
                step("MEZZANINE_INTEREST", 224_384), step("SENIOR_PRINCIPAL", 29_064_657),
                step("MEZZANINE_PRINCIPAL", 0), step("SUBORDINATED_PRINCIPAL", 0), step("SUBORDINATED_RESIDUAL", 0)),
                List.of(balance("SENIOR", 45_935_343, 0), balance("MEZZANINE", 15_000_000, 0),
                        balance("SUBORDINATED", 10_000_000, 0)));
        AbsViews.Distribution p3 = date(P3, List.of(step("FEES", 150_000), step("SENIOR_INTEREST", 88_165),
                step("SENIOR_PRINCIPAL", 9_761_835), step("MEZZANINE_INTEREST", 0)),
                List.of(balance("SENIOR", 1_897_704, 0), balance("MEZZANINE", 15_000_000, 226_849),
                        balance("SUBORDINATED", 10_000_000, 0)));

        List<WaterfallFlows.TrancheFlow> flows = WaterfallFlows.of(List.of("SENIOR", "MEZZANINE", "SUBORDINATED"),
                LocalDate.of(2027, 4, 1), List.of(p1, p3), "CNY");

        assertThat(flows.get(0).periods()).containsExactly(
                new WaterfallFlows.Period(P1, cny(560_959), cny(29_064_657), cny(0)),
                new WaterfallFlows.Period(P3, cny(88_165), cny(9_761_835), cny(0)));
        assertThat(flows.get(1).periods()).containsExactly(
                new WaterfallFlows.Period(P1, cny(224_384), cny(0), cny(0)),
                new WaterfallFlows.Period(P3, cny(0), cny(0), cny(226_849)));
        assertThat(flows.get(2).classKey()).isEqualTo("abs_tranche.SUBORDINATED");
    }

    @Test
    void on_the_last_scheduled_date_the_principal_still_owed_is_lost_and_the_residual_counts_as_principal() {
        AbsViews.Distribution last = date(P3, List.of(step("SUBORDINATED_PRINCIPAL", 1_000_000),
                step("SUBORDINATED_RESIDUAL", 1_553_835), step("SENIOR_INTEREST", 10)),
                List.of(balance("SENIOR", 1_897_704, 5), balance("SUBORDINATED", 0, 0)));

        List<WaterfallFlows.TrancheFlow> flows = WaterfallFlows.of(List.of("SENIOR", "SUBORDINATED"), P3,
                List.of(last), "CNY");

        assertThat(flows.get(0).periods().getFirst().loss()).isEqualTo(cny(1_897_709));
        assertThat(flows.get(1).periods().getFirst().principal()).isEqualTo(cny(2_553_835));
    }

    private static AbsViews.Distribution date(LocalDate on, List<AbsViews.Step> steps, List<AbsViews.Balance> tranches) {
        return new AbsViews.Distribution("AP1", on, on.minusMonths(3), cny(0), cny(0), cny(0), false, steps, tranches,
                cny(0), cny(0), "h", List.of(), 7);
    }

    private static AbsViews.Step step(String step, long fen) {
        return new AbsViews.Step(step, cny(fen));
    }

    private static AbsViews.Balance balance(String tranche, long outstanding, long arrears) {
        return new AbsViews.Balance(tranche, cny(outstanding), cny(arrears));
    }

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }
}
