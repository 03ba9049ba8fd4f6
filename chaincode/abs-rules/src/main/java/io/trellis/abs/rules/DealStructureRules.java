package io.trellis.abs.rules;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Whether a deal's structure is sound, and the one change allowed after it freezes: resizing a tranche. */
public final class DealStructureRules {
    private DealStructureRules() {
    }

    /**
     * Checks a structure; returns it with tranches in seniority order so every peer stores the same bytes.
     * Shape problems are 400; broken rules have their own codes.
     */
    public static DealStructure validate(DealStructure structure) {
        requireShape(structure);
        String currency = structure.currency();
        if (!structure.poolPrincipal().isPositive()) {
            throw ChaincodeException.invalid("poolPrincipal must be positive");
        }
        requireCurrency(structure.feesPerPaymentDate(), currency, "feesPerPaymentDate");
        if (structure.feesPerPaymentDate().isNegative()) {
            throw ChaincodeException.invalid("feesPerPaymentDate must not be negative");
        }
        if (!BasisPoints.inRange(structure.defaultTriggerBp())) {
            throw ChaincodeException.invalid("defaultTriggerBp must be between 0 and " + BasisPoints.WHOLE);
        }
        requireTrancheSet(structure.tranches());
        Money total = Money.zero(currency);
        for (TrancheTerms tranche : structure.tranches()) {
            requireTranche(tranche, currency);
            total = total.plus(tranche.principal());
        }
        if (total.compareTo(structure.poolPrincipal()) > 0) {
            throw new ChaincodeException(ErrorCode.TRANCHES_EXCEED_POOL_PRINCIPAL,
                    "tranches total " + total.minor() + " minor units, the pool only " + structure.poolPrincipal().minor());
        }
        requireSchedule(structure.issueDate(), structure.paymentDates());
        List<TrancheTerms> ordered = new ArrayList<>(structure.tranches());
        ordered.sort(Comparator.comparing(TrancheTerms::trancheClass));
        return new DealStructure(structure.poolPrincipal(), ordered, structure.feesPerPaymentDate(),
                structure.issueDate(), structure.paymentDates(), structure.defaultTriggerBp());
    }

    /**
     * Shrinks an undersubscribed tranche after subscription closed, so the deal can issue without cancelling.
     * Any size from one unit to one below the offer is allowed; below demand, allocation goes pro rata again.
     */
    public static DealStructure resize(DealStructure structure, TrancheAllocation allocation, long newUnits) {
        if (!allocation.undersubscribed()) {
            throw new ChaincodeException(ErrorCode.TRANCHE_RESIZE_INVALID,
                    "tranche " + allocation.trancheClass() + " is fully subscribed");
        }
        if (newUnits < 1 || newUnits >= allocation.offeredUnits()) {
            throw new ChaincodeException(ErrorCode.TRANCHE_RESIZE_INVALID,
                    "tranche " + allocation.trancheClass() + " can only shrink, to between 1 and "
                            + (allocation.offeredUnits() - 1) + " units");
        }
        List<TrancheTerms> tranches = structure.tranches().stream()
                .map(t -> t.trancheClass() != allocation.trancheClass() ? t
                        : new TrancheTerms(t.trancheClass(),
                                Money.of(Amounts.multiply(newUnits, TrancheTerms.UNIT_MINOR), structure.currency()),
                                t.couponBp()))
                .toList();
        return new DealStructure(structure.poolPrincipal(), tranches, structure.feesPerPaymentDate(),
                structure.issueDate(), structure.paymentDates(), structure.defaultTriggerBp());
    }

    private static void requireShape(DealStructure structure) {
        if (structure.poolPrincipal() == null || structure.tranches() == null || structure.feesPerPaymentDate() == null
                || structure.issueDate() == null || structure.paymentDates() == null) {
            throw ChaincodeException.invalid(
                    "a structure needs poolPrincipal, tranches, feesPerPaymentDate, issueDate and paymentDates");
        }
        for (TrancheTerms tranche : structure.tranches()) {
            if (tranche.trancheClass() == null || tranche.principal() == null) {
                throw ChaincodeException.invalid("a tranche needs trancheClass and principal");
            }
        }
    }

    /** Senior and subordinated are required (the waterfall needs a first payee and a residual payee). */
    private static void requireTrancheSet(List<TrancheTerms> tranches) {
        Set<TrancheClass> seen = EnumSet.noneOf(TrancheClass.class);
        for (TrancheTerms tranche : tranches) {
            if (!seen.add(tranche.trancheClass())) {
                throw new ChaincodeException(ErrorCode.TRANCHE_SET_INVALID,
                        "more than one " + tranche.trancheClass() + " tranche");
            }
        }
        if (!seen.contains(TrancheClass.SENIOR) || !seen.contains(TrancheClass.SUBORDINATED)) {
            throw new ChaincodeException(ErrorCode.TRANCHE_SET_INVALID,
                    "a deal needs a SENIOR and a SUBORDINATED tranche; MEZZANINE is optional");
        }
    }

    private static void requireTranche(TrancheTerms tranche, String currency) {
        requireCurrency(tranche.principal(), currency, tranche.trancheClass() + " principal");
        if (!tranche.principal().isPositive()) {
            throw ChaincodeException.invalid(tranche.trancheClass() + " principal must be positive");
        }
        if (tranche.principal().minor() > Amounts.CEILING) {
            // Bounds the orders too (each at most the tranche): closing can always add them up.
            throw new ChaincodeException(ErrorCode.AMOUNT_OUT_OF_RANGE,
                    tranche.trancheClass() + " principal must be at most " + Amounts.CEILING + " minor units");
        }
        if (tranche.principal().minor() % TrancheTerms.UNIT_MINOR != 0) {
            throw new ChaincodeException(ErrorCode.TRANCHE_PRINCIPAL_NOT_WHOLE_UNITS,
                    tranche.trancheClass() + " principal must be a whole number of units of "
                            + TrancheTerms.UNIT_MINOR + " minor units");
        }
        if (!BasisPoints.inRange(tranche.couponBp())) {
            throw ChaincodeException.invalid(tranche.trancheClass() + " couponBp must be between 0 and " + BasisPoints.WHOLE);
        }
        if (tranche.trancheClass() == TrancheClass.SUBORDINATED && tranche.couponBp() != 0) {
            throw new ChaincodeException(ErrorCode.SUBORDINATED_COUPON_NOT_ALLOWED,
                    "the subordinated tranche earns the residual, not a coupon");
        }
    }

    private static void requireSchedule(LocalDate issueDate, List<LocalDate> paymentDates) {
        if (paymentDates.isEmpty()) {
            throw ChaincodeException.invalid("paymentDates must list at least one date");
        }
        LocalDate previous = issueDate;
        for (LocalDate date : paymentDates) {
            if (!date.isAfter(previous)) {
                throw new ChaincodeException(ErrorCode.PAYMENT_DATES_NOT_INCREASING,
                        "payment date " + date + " is not after " + previous
                                + "; dates must be strictly increasing and after the issue date");
            }
            previous = date;
        }
    }

    private static void requireCurrency(Money amount, String currency, String field) {
        if (!amount.currency().equals(currency)) {
            throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                    field + " is in " + amount.currency() + ", the deal in " + currency);
        }
    }
}
