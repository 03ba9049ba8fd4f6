package io.trellis.portal.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The waterfall per tranche, date by date, from the distributions read model: the interest and the principal the
 * tranche was paid (a subordinated residual counts as principal: it is the equity's repayment), and its loss, what it
 * was owed and not paid: interest arrears after the date and, after the deal's last scheduled date, the principal
 * still outstanding (the stress test's definition of a loss, docs/abs.md §9).
 */
public final class WaterfallFlows {
    private WaterfallFlows() {
    }

    public record Period(LocalDate paymentDate, Money interest, Money principal, Money loss) {
    }

    public record TrancheFlow(String trancheClass, List<Period> periods) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }
    }

    /**
     * @param trancheClasses the deal's tranches, most senior first
     * @param lastScheduled  the deal's last scheduled payment date (null if unknown)
     * @param distributions  the payment dates run, in date order
     */
    public static List<TrancheFlow> of(List<String> trancheClasses, LocalDate lastScheduled,
            List<AbsViews.Distribution> distributions, String currency) {
        List<TrancheFlow> flows = new ArrayList<>();
        for (String tranche : trancheClasses) {
            List<Period> periods = new ArrayList<>();
            for (AbsViews.Distribution date : distributions) {
                periods.add(period(tranche, date, date.paymentDate().equals(lastScheduled), currency));
            }
            flows.add(new TrancheFlow(tranche, periods));
        }
        return flows;
    }

    private static Period period(String tranche, AbsViews.Distribution date, boolean last, String currency) {
        long interest = 0;
        long principal = 0;
        for (AbsViews.Step step : date.steps()) {
            if (step.step().equals(tranche + "_INTEREST")) {
                interest += step.amount().minor();
            } else if (step.step().equals(tranche + "_PRINCIPAL") || step.step().equals(tranche + "_RESIDUAL")) {
                principal += step.amount().minor();
            }
        }
        long loss = 0;
        for (AbsViews.Balance balance : date.tranches()) {
            if (balance.trancheClass().equals(tranche)) {
                loss += balance.interestArrears().minor() + (last ? balance.outstandingPrincipal().minor() : 0);
            }
        }
        return new Period(date.paymentDate(), Money.of(interest, currency), Money.of(principal, currency),
                Money.of(loss, currency));
    }
}
