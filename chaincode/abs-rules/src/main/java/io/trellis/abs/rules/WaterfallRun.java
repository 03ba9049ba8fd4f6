package io.trellis.abs.rules;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.PaymentPeriod;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.abs.WaterfallState;
import io.trellis.chaincode.api.abs.WaterfallStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The working of one payment date, step by step. Each step pays the lesser of the cash available and what it
 * is due; a principal step is due the tranche's whole outstanding, so cash sweeps down by seniority. What a fee
 * or interest step cannot pay stays owed as arrears. The residual exists only once every tranche is repaid.
 * Every payment to a tranche is shared by units held ({@link ProRataSplitter}). Mutable; lives for one call of
 * {@link Waterfall#distribute}.
 */
final class WaterfallRun {
    private final String currency;
    private final Map<TrancheClass, List<ProRataSplitter.Claim>> holders;
    private final Map<TrancheClass, Money> outstanding = new EnumMap<>(TrancheClass.class);
    /** Arrears plus this period's interest; what is left after the interest step becomes the new arrears. */
    private final Map<TrancheClass, Money> interestOwed = new EnumMap<>(TrancheClass.class);
    private final List<StepAmount> steps = new ArrayList<>();
    private final List<PayoutInstruction> payouts = new ArrayList<>();
    private final Money feesDue;
    private Money feeArrears;
    private Money available;

    WaterfallRun(DealStructure structure, Map<TrancheClass, List<ProRataSplitter.Claim>> holders,
                 WaterfallState state, PaymentPeriod period) {
        this.currency = structure.currency();
        this.holders = holders;
        this.feesDue = state.feeArrears().plus(structure.feesPerPaymentDate());
        this.feeArrears = feesDue;
        this.available = period.collected().plus(state.carried());
        for (TrancheBalance balance : state.tranches()) {
            TrancheTerms terms = structure.tranche(balance.trancheClass()).orElseThrow();
            outstanding.put(balance.trancheClass(), balance.outstandingPrincipal());
            // Interest accrues on the principal outstanding through the period; arrears earn none.
            Money current = InterestCalculator.interest(balance.outstandingPrincipal(), terms.couponBp(),
                    state.lastPaymentDate(), period.paymentDate());
            interestOwed.put(balance.trancheClass(), balance.interestArrears().plus(current));
        }
    }

    void pay(WaterfallStep step) {
        switch (step) {
            case FEES -> {
                Money paid = take(feesDue);
                feeArrears = feesDue.minus(paid);
                steps.add(new StepAmount(step, paid));
            }
            case SENIOR_INTEREST -> interest(step, TrancheClass.SENIOR);
            case MEZZANINE_INTEREST -> interest(step, TrancheClass.MEZZANINE);
            case SENIOR_PRINCIPAL -> principal(step, TrancheClass.SENIOR);
            case MEZZANINE_PRINCIPAL -> principal(step, TrancheClass.MEZZANINE);
            case SUBORDINATED_PRINCIPAL -> principal(step, TrancheClass.SUBORDINATED);
            case SUBORDINATED_RESIDUAL -> residual(step);
        }
    }

    private void interest(WaterfallStep step, TrancheClass tranche) {
        if (!outstanding.containsKey(tranche)) {
            return;
        }
        Money due = interestOwed.get(tranche);
        Money paid = take(due);
        interestOwed.put(tranche, due.minus(paid));
        share(step, tranche, PayoutKind.INTEREST, paid);
    }

    private void principal(WaterfallStep step, TrancheClass tranche) {
        if (!outstanding.containsKey(tranche)) {
            return;
        }
        Money paid = take(outstanding.get(tranche));
        outstanding.put(tranche, outstanding.get(tranche).minus(paid));
        share(step, tranche, PayoutKind.PRINCIPAL, paid);
    }

    /** Only once every tranche is repaid is anything left here; it all goes to the subordinated holders. */
    private void residual(WaterfallStep step) {
        boolean repaid = outstanding.values().stream().allMatch(Money::isZero);
        share(step, TrancheClass.SUBORDINATED, PayoutKind.RESIDUAL, repaid ? take(available) : Money.zero(currency));
    }

    private Money take(Money due) {
        Money paid = available.min(due);
        available = available.minus(paid);
        return paid;
    }

    private void share(WaterfallStep step, TrancheClass tranche, PayoutKind kind, Money amount) {
        steps.add(new StepAmount(step, amount));
        if (amount.isZero()) {
            return;
        }
        List<ProRataSplitter.Claim> claims = holders.get(tranche);
        List<Long> shares = ProRataSplitter.split(amount.minor(), claims);
        for (int i = 0; i < claims.size(); i++) {
            if (shares.get(i) > 0) {
                payouts.add(new PayoutInstruction(claims.get(i).key(), tranche, kind, Money.of(shares.get(i), currency)));
            }
        }
    }

    List<TrancheBalance> balances() {
        return outstanding.keySet().stream()
                .map(t -> new TrancheBalance(t, outstanding.get(t), interestOwed.get(t)))
                .toList();
    }

    List<StepAmount> steps() {
        return List.copyOf(steps);
    }

    List<PayoutInstruction> payouts() {
        return List.copyOf(payouts);
    }

    Money feeArrears() {
        return feeArrears;
    }

    /** Cash no step took: carried to the next payment date. */
    Money available() {
        return available;
    }
}
