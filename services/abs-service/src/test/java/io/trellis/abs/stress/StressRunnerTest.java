package io.trellis.abs.stress;

import static io.trellis.abs.stress.StructuredDeals.CORE;
import static io.trellis.abs.stress.StructuredDeals.cny;
import static io.trellis.abs.stress.StructuredDeals.deal;
import static io.trellis.abs.stress.StructuredDeals.everyone;
import static io.trellis.abs.stress.StructuredDeals.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.problem.Problem;
import io.trellis.desk.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's refusals reach the client as problems with the engine's own code and message. */
class StressRunnerTest {
    private final StressRunner runner = new StressRunner(1);

    private static Problem refusal(StressRunner runner, StressRequest request) {
        try {
            runner.run(request);
        } catch (ProblemException e) {
            return e.toProblem();
        }
        throw new AssertionError("the engine ran " + request);
    }

    @Test
    void an_override_for_an_obligor_who_owes_nothing_in_the_pool_is_invalid() {
        StressScenario scenario = new StressScenario(new ObligorAssumptions(0, 0, 0),
                Map.of("91310000MA1K000099", new ObligorAssumptions(10_000, 0, 0)), 10, 1L);

        Problem problem = refusal(runner, DealStressInputs.of(deal(DealStatus.STRUCTURING, structure()), scenario));

        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT.name());
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("obligor 91310000MA1K000099 owes no voucher of the pool");
    }

    @Test
    void tranches_above_the_pool_as_it_is_now_break_the_structure_rule() {
        // 600,000.00 of tranches over a pool that now holds 300,000.00 + 200,000.00.
        Problem problem = refusal(runner, DealStressInputs.of(
                deal(DealStatus.STRUCTURING, structure(), 30_000_000, 20_000_000), everyone(0, 0, 0, 10)));

        assertThat(problem.code()).isEqualTo(ErrorCode.TRANCHES_EXCEED_POOL_PRINCIPAL.name());
        assertThat(problem.status()).isEqualTo(422);
    }

    /**
     * Without defaults: 2026-07-01 senior interest 50,000,000 x 300 x 91 / 3,650,000 = 373,972.60 -> 373,973,
     * principal 30,000,000 - 150,000 - 373,973 = 29,476,027; 2026-10-01 the other 20,523,973 and the subordinated
     * 10,000,000. WAL (29,476,027 x 91 + 20,523,973 x 183) / (365 x 50,000,000) = 0.35277..., subordinated
     * 183 / 365 = 0.50136...
     */
    @Test
    void the_deals_own_structure_and_pool_run_through_the_engine() {
        StressRequest inputs = DealStressInputs.of(deal(DealStatus.STRUCTURING, structure()), everyone(0, 0, 0, 3));

        StressResult result = runner.run(inputs);

        assertThat(result.paths()).isEqualTo(3);
        assertThat(result.tranches()).extracting(TrancheStress::worstLoss).containsOnly(cny(0));
        assertThat(result.tranches()).extracting(TrancheStress::weightedAverageLifeYears)
                .containsExactly(new BigDecimal("0.3528"), new BigDecimal("0.5014"));
    }

    @Test
    void an_override_for_an_obligor_of_the_pool_runs() {
        StressScenario scenario = new StressScenario(new ObligorAssumptions(0, 0, 0),
                Map.of(CORE, new ObligorAssumptions(10_000, 0, 0)), 10, 1L);

        StressResult result = runner.run(DealStressInputs.of(deal(DealStatus.STRUCTURING, structure()), scenario));

        // CORE's 300,000.00 is lost on every path: the subordinated 100,000.00 loses all of it.
        assertThat(result.tranches().get(1).pathsWithLoss()).isEqualTo(10);
        assertThatThrownBy(() -> new StressRunner(0)).hasMessage("threads must be at least 1");
    }
}
