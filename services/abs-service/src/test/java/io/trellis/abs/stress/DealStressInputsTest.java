package io.trellis.abs.stress;

import static io.trellis.abs.stress.StructuredDeals.CORE;
import static io.trellis.abs.stress.StructuredDeals.CORE2;
import static io.trellis.abs.stress.StructuredDeals.FIRST;
import static io.trellis.abs.stress.StructuredDeals.POOL;
import static io.trellis.abs.stress.StructuredDeals.SECOND;
import static io.trellis.abs.stress.StructuredDeals.cny;
import static io.trellis.abs.stress.StructuredDeals.deal;
import static io.trellis.abs.stress.StructuredDeals.everyone;
import static io.trellis.abs.stress.StructuredDeals.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The deal as GetDeal answered it becomes the stress engine's input: its structure, its pool as pooled. */
class DealStressInputsTest {
    private static final StressScenario SCENARIO = everyone(500, 4_000, 180, 100);

    @Test
    void the_structure_is_measured_against_the_pool_now_and_the_vouchers_are_as_pooled() {
        StressRequest request = DealStressInputs.of(deal(DealStatus.STRUCTURING, structure()), SCENARIO);

        // Structured against 1,000,000.00; the pool now holds 800,000.00, as opening subscription would measure it.
        assertThat(request.structure()).isEqualTo(structure().withPoolPrincipal(cny(80_000_000)));
        assertThat(request.vouchers()).containsExactly(
                new StressVoucher(FIRST, CORE, cny(30_000_000), LocalDate.of(2026, 5, 15)),
                new StressVoucher(SECOND, CORE2, cny(50_000_000), LocalDate.of(2026, 9, 1)));
        assertThat(request.scenario()).isSameAs(SCENARIO);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"STRUCTURING", "SUBSCRIPTION_OPEN", "ALLOCATED"})
    void a_structured_deal_is_stressed_until_it_issues(DealStatus status) {
        assertThat(DealStressInputs.of(deal(status, structure()), SCENARIO).vouchers()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"ISSUED", "AMORTISING", "MATURED", "CANCELLED"})
    void a_deal_issued_or_cancelled_is_a_state_conflict(DealStatus status) {
        assertThatThrownBy(() -> DealStressInputs.of(deal(status, structure()), SCENARIO))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().code()).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT.name());
                    assertThat(e.toProblem().status()).isEqualTo(409);
                })
                .hasMessage("deal " + POOL + " is " + status + ": the stress test runs before issuance");
    }

    @Test
    void a_deal_without_a_structure_is_a_state_conflict() {
        assertThatThrownBy(() -> DealStressInputs.of(deal(DealStatus.STRUCTURING, null), SCENARIO))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().code()).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT.name()))
                .hasMessageStartingWith("deal " + POOL + " has no structure yet");
    }
}
