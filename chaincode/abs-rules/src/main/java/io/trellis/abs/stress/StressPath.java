package io.trellis.abs.stress;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.abs.rules.Waterfall;
import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.PaymentPeriod;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.WaterfallState;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One path: draws which obligors default, adds up what the pool collects and what is in default on each payment
 * date, and lets the chaincode's own {@link Waterfall} distribute it, one synthetic holder owning each tranche.
 * Immutable; paths run on any thread.
 */
final class StressPath {
    /** The waterfall wants the servicer report's hash; a path has no report. */
    private static final String NO_REPORT = "0".repeat(64);

    private final DealStructure structure;
    private final PaymentSchedule schedule;
    private final List<ObligorFlows> obligors;
    private final List<Holding> holdings;

    StressPath(DealStructure structure, PaymentSchedule schedule, List<ObligorFlows> obligors) {
        this.structure = structure;
        this.schedule = schedule;
        this.obligors = List.copyOf(obligors);
        this.holdings = structure.tranches().stream()
                .map(t -> new Holding("STRESS-" + t.trancheClass(), t.trancheClass(), t.units()))
                .toList();
    }

    /** Runs the path drawn from {@code seed} and records what it did to each tranche in {@code tally}. */
    void run(long seed, StressTally tally) {
        int dates = schedule.size();
        long[] cash = new long[dates + 2];
        long[] defaulted = new long[dates];
        SplittableRandom random = new SplittableRandom(seed);
        for (ObligorFlows obligor : obligors) {
            // One draw per obligor whatever its rate: an obligor's fate does not depend on another's assumptions.
            boolean defaults = random.nextInt(BasisPoints.WHOLE) < obligor.defaultRateBp();
            addInto(cash, defaults ? obligor.defaultingCash() : obligor.payingCash());
            if (defaults) {
                addInto(defaulted, obligor.defaultedPrincipal());
            }
        }
        WaterfallState state = Waterfall.initialState(structure, money(cash[0]));
        for (int i = 0; i < dates && !state.repaid(); i++) {
            PaymentPeriod period =
                    new PaymentPeriod(schedule.date(i), money(cash[i + 1]), money(defaulted[i]), NO_REPORT);
            WaterfallState next = Waterfall.distribute(structure, holdings, state, period).state();
            for (int t = 0; t < holdings.size(); t++) {
                TrancheBalance before = state.tranches().get(t);
                TrancheBalance after = next.tranches().get(t);
                tally.repaid(t, i, before.outstandingPrincipal().minor() - after.outstandingPrincipal().minor());
                if (after.interestArrears().isPositive()) {
                    tally.shortfall(t, i);
                }
            }
            state = next;
        }
        for (int t = 0; t < holdings.size(); t++) {
            TrancheBalance end = state.tranches().get(t);
            if (end.outstandingPrincipal().isPositive()) {
                // Principal is due in full by the last payment date.
                tally.shortfall(t, dates - 1);
            }
            tally.loss(t, Amounts.add(end.outstandingPrincipal().minor(), end.interestArrears().minor()));
        }
        tally.pathDone(state.triggerHit());
    }

    private Money money(long minor) {
        return Money.of(minor, structure.currency());
    }

    private static void addInto(long[] total, long[] amounts) {
        for (int i = 0; i < total.length; i++) {
            total[i] = Amounts.add(total[i], amounts[i]);
        }
    }
}
