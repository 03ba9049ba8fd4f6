package io.trellis.abs.rules;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Distribution;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.PaymentPeriod;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.abs.WaterfallState;
import io.trellis.chaincode.api.abs.WaterfallStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One payment date's cash-flow waterfall over the cash collected since the previous date plus any carried cash:
 * checks the inputs, picks the step order (normal, or accelerated once the default trigger has hit), lets
 * {@link WaterfallRun} pay the steps, and proves the result conserves cash. See docs/abs.md.
 */
public final class Waterfall {
    private static final List<WaterfallStep> NORMAL_ORDER = List.of(
            WaterfallStep.FEES,
            WaterfallStep.SENIOR_INTEREST,
            WaterfallStep.MEZZANINE_INTEREST,
            WaterfallStep.SENIOR_PRINCIPAL,
            WaterfallStep.MEZZANINE_PRINCIPAL,
            WaterfallStep.SUBORDINATED_PRINCIPAL,
            WaterfallStep.SUBORDINATED_RESIDUAL);

    /** After the trigger, senior principal comes before mezzanine interest: the senior tranche is paid down first. */
    private static final List<WaterfallStep> TRIGGERED_ORDER = List.of(
            WaterfallStep.FEES,
            WaterfallStep.SENIOR_INTEREST,
            WaterfallStep.SENIOR_PRINCIPAL,
            WaterfallStep.MEZZANINE_INTEREST,
            WaterfallStep.MEZZANINE_PRINCIPAL,
            WaterfallStep.SUBORDINATED_PRINCIPAL,
            WaterfallStep.SUBORDINATED_RESIDUAL);

    private Waterfall() {
    }

    /**
     * The state at issuance: every tranche owed its principal, nothing in arrears.
     *
     * @param preIssueCollections cash collected from the pool between cut-off and issuance; it belongs to the deal
     *                            and joins the first payment date's collections
     */
    public static WaterfallState initialState(DealStructure structure, Money preIssueCollections) {
        requireAmount(preIssueCollections, structure.currency(), "preIssueCollections");
        List<TrancheBalance> balances = structure.tranches().stream()
                .sorted(Comparator.comparing(TrancheTerms::trancheClass))
                .map(t -> new TrancheBalance(t.trancheClass(), t.principal(), Money.zero(structure.currency())))
                .toList();
        return new WaterfallState(structure.issueDate(), false, Money.zero(structure.currency()),
                preIssueCollections, balances);
    }

    /** Runs the waterfall for the next scheduled payment date. */
    public static Distribution distribute(DealStructure structure, List<Holding> holdings, WaterfallState state,
                                          PaymentPeriod period) {
        requirePeriod(structure, period);
        if (state.repaid()) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT, "every tranche is repaid; the deal has matured");
        }
        requireDue(structure, state, period.paymentDate());
        boolean triggerHit = state.triggerHit() || triggerHits(structure, period.defaultedPrincipal());

        WaterfallRun run = new WaterfallRun(structure, holdersByTranche(structure, holdings), state, period);
        for (WaterfallStep step : triggerHit ? TRIGGERED_ORDER : NORMAL_ORDER) {
            run.pay(step);
        }

        WaterfallState next = new WaterfallState(period.paymentDate(), triggerHit, run.feeArrears(), run.available(),
                run.balances());
        ServicerReport report = new ServicerReport(period.paymentDate(), state.lastPaymentDate(), period.collected(),
                state.carried(), period.defaultedPrincipal(), triggerHit, run.steps(), next.tranches(),
                next.feeArrears(), next.carried(), period.documentHash());
        requireConserved(report, run.payouts());
        return new Distribution(report, run.payouts(), next);
    }

    /** Cumulative defaults strictly above the threshold share of the initial pool principal hit the trigger. */
    static boolean triggerHits(DealStructure structure, Money defaultedPrincipal) {
        return BasisPoints.exceeds(defaultedPrincipal, structure.poolPrincipal(), structure.defaultTriggerBp());
    }

    /** collected + carried in = fees + distributed + carried out, to the minor unit; anything else is a bug. */
    private static void requireConserved(ServicerReport report, List<PayoutInstruction> payouts) {
        Money zero = Money.zero(report.collected().currency());
        Money distributed = payouts.stream().map(PayoutInstruction::amount).reduce(zero, Money::plus);
        Money fees = report.steps().stream().filter(s -> s.step() == WaterfallStep.FEES)
                .map(StepAmount::amount).reduce(zero, Money::plus);
        Money stepped = report.steps().stream().filter(s -> s.step() != WaterfallStep.FEES)
                .map(StepAmount::amount).reduce(zero, Money::plus);
        Money in = report.collected().plus(report.carriedIn());
        Money out = fees.plus(distributed).plus(report.carriedOut());
        if (!in.equals(out) || !stepped.equals(distributed) || report.carriedOut().isNegative()) {
            throw new IllegalStateException("waterfall of " + report.paymentDate() + " does not conserve cash: in "
                    + in.minor() + ", fees " + fees.minor() + ", steps " + stepped.minor() + ", payouts "
                    + distributed.minor() + ", carried out " + report.carriedOut().minor());
        }
    }

    private static void requirePeriod(DealStructure structure, PaymentPeriod period) {
        if (period.paymentDate() == null) {
            throw ChaincodeException.invalid("paymentDate is required");
        }
        requireAmount(period.collected(), structure.currency(), "collected");
        requireAmount(period.defaultedPrincipal(), structure.currency(), "defaultedPrincipal");
        if (!Hashes.isSha256Hex(period.documentHash())) {
            throw ChaincodeException.invalid("documentHash must be a SHA-256 in lower-case hex");
        }
    }

    private static void requireAmount(Money amount, String currency, String field) {
        if (amount == null || amount.isNegative()) {
            throw ChaincodeException.invalid(field + " must be zero or more");
        }
        if (!amount.currency().equals(currency)) {
            throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                    field + " is in " + amount.currency() + ", the deal in " + currency);
        }
    }

    /**
     * The payment date to run on {@code today}: the first scheduled date after the last one run, and only once it
     * has come (time is the transaction's, never a clock).
     */
    public static LocalDate dueDate(DealStructure structure, WaterfallState state, LocalDate today) {
        LocalDate next = nextPaymentDate(structure, state).orElseThrow(() -> new ChaincodeException(
                ErrorCode.PAYMENT_DATE_NOT_DUE, "the schedule has no payment date after " + state.lastPaymentDate()));
        if (today.isBefore(next)) {
            throw new ChaincodeException(ErrorCode.PAYMENT_DATE_NOT_DUE,
                    "the next payment date is " + next + "; it cannot run on " + today);
        }
        return next;
    }

    /** The first scheduled payment date after the last one run (or after the issue date); empty once none is left. */
    static Optional<LocalDate> nextPaymentDate(DealStructure structure, WaterfallState state) {
        return structure.paymentDates().stream().filter(d -> d.isAfter(state.lastPaymentDate())).findFirst();
    }

    /** Payment dates run in schedule order, one at a time, none skipped. */
    private static void requireDue(DealStructure structure, WaterfallState state, LocalDate date) {
        LocalDate due = nextPaymentDate(structure, state).orElse(null);
        if (!date.equals(due)) {
            throw new ChaincodeException(ErrorCode.PAYMENT_DATE_NOT_DUE, due == null
                    ? "the schedule has no payment date after " + state.lastPaymentDate()
                    : "the next payment date is " + due + ", not " + date);
        }
    }

    /** Each tranche's holders by investor id; their units must add up to the tranche. */
    private static Map<TrancheClass, List<ProRataSplitter.Claim>> holdersByTranche(DealStructure structure,
                                                                                    List<Holding> holdings) {
        Map<TrancheClass, List<ProRataSplitter.Claim>> claims = new EnumMap<>(TrancheClass.class);
        Set<String> seen = new HashSet<>();
        for (Holding holding : holdings) {
            if (structure.tranche(holding.trancheClass()).isEmpty()) {
                throw new ChaincodeException(ErrorCode.TRANCHE_NOT_FOUND,
                        "the deal has no " + holding.trancheClass() + " tranche");
            }
            if (holding.units() <= 0 || !seen.add(holding.trancheClass() + "/" + holding.investorId())) {
                throw ChaincodeException.invalid("holdings need positive units and one entry per investor and tranche");
            }
            claims.computeIfAbsent(holding.trancheClass(), c -> new ArrayList<>())
                    .add(new ProRataSplitter.Claim(holding.investorId(), holding.units()));
        }
        for (TrancheTerms tranche : structure.tranches()) {
            List<ProRataSplitter.Claim> holders = claims.getOrDefault(tranche.trancheClass(), List.of());
            long units = holders.stream().mapToLong(ProRataSplitter.Claim::weight).reduce(0, Amounts::add);
            if (units != tranche.units()) {
                throw ChaincodeException.invalid("holdings of " + tranche.trancheClass() + " total " + units
                        + " units; the tranche has " + tranche.units());
            }
        }
        claims.values().forEach(holders -> holders.sort(Comparator.comparing(ProRataSplitter.Claim::key)));
        return claims;
    }
}
