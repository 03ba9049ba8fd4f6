package io.trellis.chaincode.abs;

import static io.trellis.abs.rules.AbsFixtures.deal;
import static io.trellis.abs.rules.AbsFixtures.tranche;
import static io.trellis.chaincode.api.abs.TrancheClass.MEZZANINE;
import static io.trellis.chaincode.api.abs.TrancheClass.SENIOR;
import static io.trellis.chaincode.api.abs.TrancheClass.SUBORDINATED;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example deal offers senior 7,000 units, mezzanine 1,500 and subordinated 1,000. */
class AllocationTest {
    private static final DealStructure DEAL = DealStructureRules.validate(deal());

    private static Subscription order(String investor, TrancheClass tranche, long units) {
        return new Subscription(investor, tranche, units);
    }

    private static Holding holding(String investor, TrancheClass tranche, long units) {
        return new Holding(investor, tranche, units);
    }

    @Test
    void an_oversubscribed_tranche_is_allocated_pro_rata_with_left_over_units_to_the_largest_orders() {
        // Senior 7,000 units, 10,500 ordered: A 4,000, B 4,000, C 2,000, D 500.
        //   A, B: 7,000 x 4,000 / 10,500 = 2,666.67 -> 2,666; C: 1,333.33 -> 1,333; D: 333.33 -> 333.
        //   Given 6,998; 2 left, one each to the two largest orders, A and B: 2,667, 2,667, 1,333, 333.
        // Mezzanine 1,500 units, 1,600 ordered, listed D before C: D 700, C 700, E 200.
        //   C, D: 1,500 x 700 / 1,600 = 656.25 -> 656; E: 187.5 -> 187. Given 1,499; 1 left; C and D tie on
        //   700, C has the smaller id: C 657, D 656, E 187.
        // Subordinated 1,000 units, ordered exactly by E: E 1,000.
        List<TrancheAllocation> allocations = Allocation.close(DEAL, List.of(
                order("INV-A", SENIOR, 4_000), order("INV-B", SENIOR, 4_000), order("INV-C", SENIOR, 2_000),
                order("INV-D", SENIOR, 500),
                order("INV-D", MEZZANINE, 700), order("INV-C", MEZZANINE, 700), order("INV-E", MEZZANINE, 200),
                order("INV-E", SUBORDINATED, 1_000)));

        assertThat(allocations).containsExactly(
                new TrancheAllocation(SENIOR, 7_000, 10_500, List.of(holding("INV-A", SENIOR, 2_667),
                        holding("INV-B", SENIOR, 2_667), holding("INV-C", SENIOR, 1_333), holding("INV-D", SENIOR, 333))),
                new TrancheAllocation(MEZZANINE, 1_500, 1_600, List.of(holding("INV-C", MEZZANINE, 657),
                        holding("INV-D", MEZZANINE, 656), holding("INV-E", MEZZANINE, 187))),
                new TrancheAllocation(SUBORDINATED, 1_000, 1_000, List.of(holding("INV-E", SUBORDINATED, 1_000))));
    }

    @Test
    void an_order_rounded_down_to_nothing_gets_no_allocation() {
        // 2 units, orders A 10, B 10, C 1 (21): 0.95 -> 0, 0.95 -> 0, 0.095 -> 0; 2 left to A and B; C gets none.
        DealStructure small = new DealStructure(DEAL.poolPrincipal(),
                List.of(tranche(SENIOR, 20_000, 400), tranche(SUBORDINATED, 10_000, 0)),
                DEAL.feesPerPaymentDate(), DEAL.issueDate(), DEAL.paymentDates(), DEAL.defaultTriggerBp());

        List<TrancheAllocation> allocations = Allocation.close(small, List.of(
                order("INV-A", SENIOR, 10), order("INV-B", SENIOR, 10), order("INV-C", SENIOR, 1),
                order("INV-A", SUBORDINATED, 1)));

        assertThat(allocations.get(0).allocations())
                .containsExactly(holding("INV-A", SENIOR, 1), holding("INV-B", SENIOR, 1));
    }

    @Test
    void an_undersubscribed_deal_cannot_issue_until_the_tranche_is_resized() {
        // Mezzanine 1,500 units but only 1,200 ordered: every order is filled, yet the deal cannot issue.
        List<Subscription> orders = List.of(order("INV-A", SENIOR, 7_000), order("INV-C", MEZZANINE, 800),
                order("INV-D", MEZZANINE, 400), order("INV-E", SUBORDINATED, 1_000));
        List<TrancheAllocation> allocations = Allocation.close(DEAL, orders);

        assertThat(allocations.get(1).undersubscribed()).isTrue();
        assertThat(allocations.get(1).allocations())
                .containsExactly(holding("INV-C", MEZZANINE, 800), holding("INV-D", MEZZANINE, 400));
        assertThat(codeOf(() -> Issuance.issue(allocations))).isEqualTo(ErrorCode.DEAL_UNDERSUBSCRIBED);

        DealStructure resized = DealStructureRules.resize(DEAL, allocations.get(1), 1_200);
        assertThat(Issuance.issue(Allocation.close(resized, orders))).containsExactly(
                holding("INV-A", SENIOR, 7_000),
                holding("INV-C", MEZZANINE, 800),
                holding("INV-D", MEZZANINE, 400),
                holding("INV-E", SUBORDINATED, 1_000));
    }

    @Test
    void a_tranche_nobody_ordered_is_undersubscribed() {
        List<TrancheAllocation> allocations = Allocation.close(DEAL, List.of(order("INV-A", SENIOR, 7_000)));

        assertThat(allocations.get(2)).isEqualTo(new TrancheAllocation(SUBORDINATED, 1_000, 0, List.of()));
        assertThat(codeOf(() -> Issuance.issue(allocations))).isEqualTo(ErrorCode.DEAL_UNDERSUBSCRIBED);
    }

    @Test
    void subscriptions_are_one_per_investor_and_tranche_for_positive_units_of_an_existing_tranche() {
        DealStructure noMezzanine = new DealStructure(DEAL.poolPrincipal(),
                List.of(tranche(SENIOR, 70_000_000, 400), tranche(SUBORDINATED, 10_000_000, 0)),
                DEAL.feesPerPaymentDate(), DEAL.issueDate(), DEAL.paymentDates(), DEAL.defaultTriggerBp());

        assertThat(codeOf(() -> Allocation.close(DEAL, List.of(order("INV-A", SENIOR, 1), order("INV-A", SENIOR, 2)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Allocation.close(DEAL, List.of(order("INV-A", SENIOR, 0)))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Allocation.close(noMezzanine, List.of(order("INV-A", MEZZANINE, 1)))))
                .isEqualTo(ErrorCode.TRANCHE_NOT_FOUND);
    }
}
