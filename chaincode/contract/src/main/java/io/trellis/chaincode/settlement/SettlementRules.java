package io.trellis.chaincode.settlement;

import io.trellis.abs.rules.ProRataSplitter;
import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
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
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.financing.FinancingRules;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.PartyRules;
import io.trellis.chaincode.voucher.VoucherRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one payment pays an obligor's due vouchers (清分): pure. The vouchers in the payment's scope (one maturity,
 * or one root voucher's tree) are paid in order of maturity, then voucher id: each in full when the money covers
 * them all, else pro rata to what each owes (see {@link #shares}); a voucher paid in part stays unsettled with its
 * outstanding amount reduced. A POOLED voucher's
 * payout carries its pool, so the money goes to the pool. Whatever is paid gives back the same share of the voucher's issuance-limit
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

    /**
     * Which due vouchers a payment pays: all of the obligor's of one maturity, or only one root voucher's tree.
     *
     * @param rootId the root voucher whose tree is paid, or null for every due voucher of the maturity
     */
    public record Scope(LocalDate maturityDate, String rootId) {

        public boolean includes(Voucher voucher) {
            return rootId == null || rootId.equals(voucher.rootId());
        }
    }

    public static void validate(PaymentNotice notice) {
        FinancingRules.requirePaymentId(notice.paymentId());
        PartyRules.requirePartyId(notice.obligorId());
        if (notice.voucherId() != null) {
            VoucherRules.requireVoucherId(notice.voucherId());
        } else if (notice.maturityDate() == null) {
            throw ChaincodeException.invalid("maturityDate is required unless voucherId names a root voucher");
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

    /** The scope of a notice without a voucher id: every due voucher of its maturity. */
    public static Scope scope(PaymentNotice notice) {
        return new Scope(notice.maturityDate(), null);
    }

    /**
     * The scope of a notice naming {@code root}: that tree, at the root's maturity. A child voucher, another
     * obligor's voucher or a maturity that disagrees with the root's is the client's mistake.
     */
    public static Scope scope(PaymentNotice notice, Voucher root) {
        if (!root.id().equals(root.rootId())) {
            throw ChaincodeException.invalid("voucher " + root.id() + " is not a root voucher; a payment names the root"
                    + " of the tree it pays");
        }
        if (!root.obligorId().equals(notice.obligorId())) {
            throw ChaincodeException.invalid("voucher " + root.id() + " is not owed by " + notice.obligorId());
        }
        if (notice.maturityDate() != null && !notice.maturityDate().equals(root.maturityDate())) {
            throw ChaincodeException.invalid("maturityDate " + notice.maturityDate() + " disagrees with voucher "
                    + root.id() + ", which matures on " + root.maturityDate());
        }
        return new Scope(root.maturityDate(), root.id());
    }

    public static void requireMatured(Scope scope, LocalDate today) {
        if (today.isBefore(scope.maturityDate())) {
            throw new ChaincodeException(ErrorCode.VOUCHER_NOT_MATURE,
                    "vouchers maturing on " + scope.maturityDate() + " cannot be settled before then");
        }
    }

    /**
     * Applies {@code bankId}'s payment to the {@code due} vouchers in {@code scope}. Payout ids number the vouchers
     * paid in payment order, so a replay or a read model derives the same ids.
     */
    public static Settlement apply(PaymentNotice notice, String bankId, Scope scope, List<Voucher> due, String txId) {
        String currency = notice.amount().currency();
        List<Voucher> ordered = due.stream()
                .filter(v -> VoucherStatus.PAYABLE.contains(v.status()))
                .filter(scope::includes)
                .sorted(Comparator.comparing(Voucher::maturityDate).thenComparing(Voucher::id))
                .toList();
        for (Voucher voucher : ordered) {
            if (!voucher.outstanding().currency().equals(currency)) {
                throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                        "voucher " + voucher.id() + " is in " + voucher.outstanding().currency() + ", the payment in " + currency);
            }
        }
        List<Long> shares = shares(notice.amount().minor(), ordered);
        List<VoucherPayment> payments = new ArrayList<>();
        long applied = 0;
        for (int i = 0; i < ordered.size(); i++) {
            long paid = shares.get(i);
            if (paid > 0) {
                payments.add(pay(ordered.get(i), paid, Ids.payout(bankId, notice.paymentId(), payments.size() + 1)));
                applied = Amounts.add(applied, paid);
            }
        }
        List<Payout> payouts = payments.stream().map(VoucherPayment::payout).toList();
        Money unapplied = Money.of(Amounts.subtract(notice.amount().minor(), applied), currency);
        return new Settlement(payments, new SettlementOutcome(notice, bankId, Money.of(applied, currency), unapplied,
                payouts, txId, false));
    }

    /**
     * What each voucher is paid, in order. Enough money pays every voucher in full. A short payment is shared pro
     * rata to the outstanding amounts, so no voucher is favoured by its id: each gets its share rounded down and the
     * fen left over go one each to the largest fractions dropped, ties by voucher id.
     */
    static List<Long> shares(long amount, List<Voucher> ordered) {
        long totalDue = 0;
        for (Voucher voucher : ordered) {
            totalDue = Amounts.add(totalDue, voucher.outstanding().minor());
        }
        if (amount >= totalDue) {
            return ordered.stream().map(voucher -> voucher.outstanding().minor()).toList();
        }
        return ProRataSplitter.splitByLargestRemainder(amount, ordered.stream()
                .map(voucher -> new ProRataSplitter.Claim(voucher.id(), voucher.outstanding().minor())).toList());
    }

    /** A tree's pledge after a payment of {@code paid}; its invoices are settled once it reaches zero. */
    public static Pledge reduce(Pledge pledge, Money paid) {
        Money left = pledge.outstanding().minus(paid);
        if (left.isNegative()) {
            throw new IllegalStateException("pledge of " + pledge.rootVoucherId() + " would go below zero");
        }
        return new Pledge(pledge.rootVoucherId(), pledge.invoiceIds(), left);
    }

    private static VoucherPayment pay(Voucher voucher, long paid, String payoutId) {
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
        return new VoucherPayment(voucher, after, paidMoney, issuance.get(0), lineReleased,
                new Payout(payoutId, voucher.id(), voucher.holderId(), voucher.poolId(), paidMoney));
    }
}
