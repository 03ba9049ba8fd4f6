package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.LineUse;
import io.trellis.chaincode.api.voucher.Pledge;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.ChaincodeException;
import io.trellis.chaincode.financing.FinancingRules;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.PartyRules;
import io.trellis.chaincode.voucher.VoucherRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one payment pays an obligor's due vouchers (清分): pure. Vouchers are paid in order of maturity, then
 * voucher id; each in full while the money lasts, the last one possibly in part (it stays unsettled with its
 * outstanding amount reduced). Whatever is paid gives back the same share of the voucher's issuance-limit
 * and credit-line slots, so release always mirrors use exactly.
 */
public final class SettlementRules {

    private SettlementRules() {
    }

    /**
     * What a payment does to one voucher.
     *
     * @param issuanceReleased issuance-limit slots given back
     * @param lineReleased     credit-line slots given back (empty unless financing was approved)
     */
    public record VoucherPayment(Voucher before, Voucher after, Money paid, List<SlotAmount> issuanceReleased,
            List<SlotAmount> lineReleased, Payout payout) {

        public boolean settled() {
            return after.status() == VoucherStatus.SETTLED;
        }
    }

    /** Every voucher the payment touched, in payment order, and the outcome to store under the payment id. */
    public record Settlement(List<VoucherPayment> payments, SettlementOutcome outcome) {
    }

    public static void validate(PaymentNotice notice) {
        FinancingRules.requirePaymentId(notice.paymentId());
        PartyRules.requirePartyId(notice.obligorId());
        if (notice.maturityDate() == null) {
            throw ChaincodeException.invalid("maturityDate is required");
        }
        if (notice.amount() == null || !notice.amount().isPositive()) {
            throw ChaincodeException.invalid("amount must be a positive amount");
        }
    }

    /** A payment id names one payment forever: the same id with other content is a conflict, not a replay. */
    public static void requireSamePayment(SettlementOutcome seen, PaymentNotice notice) {
        if (!seen.notice().equals(notice)) {
            throw new ChaincodeException(ErrorCode.PAYMENT_ID_REUSED,
                    "payment " + notice.paymentId() + " was already applied with other content");
        }
    }

    public static void requireMatured(PaymentNotice notice, LocalDate today) {
        if (today.isBefore(notice.maturityDate())) {
            throw new ChaincodeException(ErrorCode.VOUCHER_NOT_MATURE,
                    "vouchers maturing on " + notice.maturityDate() + " cannot be settled before then");
        }
    }

    public static Settlement apply(PaymentNotice notice, List<Voucher> due, String txId) {
        List<Voucher> ordered = due.stream()
                .filter(v -> VoucherStatus.PAYABLE.contains(v.status()))
                .sorted(Comparator.comparing(Voucher::maturityDate).thenComparing(Voucher::id))
                .toList();
        String currency = notice.amount().currency();
        long remaining = notice.amount().minor();
        List<VoucherPayment> payments = new ArrayList<>();
        for (Voucher voucher : ordered) {
            if (remaining == 0) {
                break;
            }
            if (!voucher.outstanding().currency().equals(currency)) {
                throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                        "voucher " + voucher.id() + " is in " + voucher.outstanding().currency() + ", the payment in " + currency);
            }
            long paid = Math.min(remaining, voucher.outstanding().minor());
            payments.add(pay(voucher, paid));
            remaining -= paid;
        }
        Money applied = notice.amount().minus(Money.of(remaining, currency));
        List<Payout> payouts = payments.stream().map(VoucherPayment::payout).toList();
        return new Settlement(payments,
                new SettlementOutcome(notice, applied, Money.of(remaining, currency), payouts, txId, false));
    }

    /** A tree's pledge after a payment of {@code paid}; its invoices are settled once it reaches zero. */
    public static Pledge reduce(Pledge pledge, Money paid) {
        Money left = pledge.outstanding().minus(paid);
        if (left.isNegative()) {
            throw new IllegalStateException("pledge of " + pledge.rootVoucherId() + " would go below zero");
        }
        return new Pledge(pledge.rootVoucherId(), pledge.invoiceIds(), left);
    }

    private static VoucherPayment pay(Voucher voucher, long paid) {
        long left = voucher.outstanding().minor() - paid;
        VoucherStatus status = left == 0 ? VoucherStatus.SETTLED : voucher.status();
        if (left == 0) {
            VoucherRules.requireMove(voucher, VoucherStatus.SETTLED);
        }
        List<List<SlotAmount>> issuance = SlottedCounter.divide(voucher.issuanceAllocation(), List.of(paid, left));
        List<SlotAmount> lineReleased = List.of();
        LineUse lineKept = null;
        if (voucher.lineUse() != null) {
            List<List<SlotAmount>> line = SlottedCounter.divide(voucher.lineUse().allocation(), List.of(paid, left));
            lineReleased = line.get(0);
            lineKept = left == 0 ? null : new LineUse(voucher.lineUse().financierId(), line.get(1));
        }
        Money paidMoney = Money.of(paid, voucher.outstanding().currency());
        Voucher after = voucher.withHoldings(status, Money.of(left, voucher.outstanding().currency()), issuance.get(1),
                lineKept);
        return new VoucherPayment(voucher, after, paidMoney, issuance.get(0), lineReleased, payoutOf(voucher, paidMoney));
    }

    /** The current holder is paid; a POOLED voucher's money goes to its pool (the ABS feature sets poolId). */
    private static Payout payoutOf(Voucher voucher, Money paid) {
        return new Payout(voucher.id(), voucher.holderId(), voucher.poolId(), paid);
    }
}
