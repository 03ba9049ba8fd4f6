package io.trellis.settlement.payment;

import io.trellis.chaincode.api.DecimalAmount;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.settlement.intake.Refusal;

/** Reads a payment message into a notice the ledger can take, or the reason it cannot be one. */
final class NoticeReader {
    static final String MALFORMED = "MALFORMED_NOTICE";

    private NoticeReader() {
    }

    sealed interface Read {
    }

    /** A notice that reads as a payment; the ledger still decides whether it applies. */
    sealed interface Payment extends Read {
        BankPaymentNotice notice();

        Money amount();
    }

    record Maturity(BankPaymentNotice notice, Money amount, String voucherId) implements Payment {
    }

    record Disbursement(BankPaymentNotice notice, Money amount, String financingId) implements Payment {
    }

    record Unreadable(Refusal refusal) implements Read {
    }

    static Read read(byte[] value) {
        BankPaymentNotice notice;
        try {
            notice = JsonCodec.fromJson(value, BankPaymentNotice.class);
        } catch (RuntimeException e) {
            return malformed("not a payment notice: " + e.getMessage());
        }
        String missing = firstMissing(notice);
        if (missing != null) {
            return malformed(missing + " is required");
        }
        Money amount;
        try {
            amount = DecimalAmount.parse(notice.amount(), notice.currency());
        } catch (IllegalArgumentException e) {
            return malformed(e.getMessage());
        }
        if (!amount.isPositive()) {
            return malformed("amount must be positive");
        }
        BankPaymentNotice.Reference ref = notice.reference();
        if ((ref.voucherId() == null) == (ref.financingId() == null)) {
            return malformed("reference must name exactly one of voucherId and financingId");
        }
        return ref.voucherId() != null
                ? new Maturity(notice, amount, ref.voucherId())
                : new Disbursement(notice, amount, ref.financingId());
    }

    private static String firstMissing(BankPaymentNotice n) {
        if (n == null) {
            return "the notice";
        }
        if (n.paymentId() == null) {
            return "paymentId";
        }
        if (n.bankId() == null) {
            return "bankId";
        }
        if (n.payerId() == null) {
            return "payerId";
        }
        if (n.amount() == null) {
            return "amount";
        }
        if (n.currency() == null) {
            return "currency";
        }
        if (n.valueDate() == null) {
            return "valueDate";
        }
        return n.reference() == null ? "reference" : null;
    }

    private static Unreadable malformed(String detail) {
        return new Unreadable(new Refusal(MALFORMED, detail));
    }
}
