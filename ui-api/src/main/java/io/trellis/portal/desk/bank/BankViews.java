package io.trellis.portal.desk.bank;

import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the bank desk reads from the services: the fields it shows (Jackson leaves the others out). */
public final class BankViews {
    private BankViews() {
    }

    /** settlement-service writes totals as decimal text with two decimals: exactly that many fen. */
    static Money fromDecimal(String amount, String currency) {
        return Money.of(new BigDecimal(amount).movePointRight(2).longValueExact(), currency);
    }

    /** One page of a service's listing. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A committed write: the block the ledger recorded it in. */
    public record Receipt(String transactionId, long blockNumber) {
    }

    public record Party(String id, String name) {
    }

    /** A financing's public part: the voucher's face, its obligor and maturity, never the private terms. */
    public record Financing(String id, String voucherId, String applicantId, String financierId,
            String obligorId, Money faceAmount, LocalDate maturityDate, String status, String disbursementPaymentId,
            String reason) {
    }

    /** The private terms, read on the ledger as the financier. */
    public record Terms(String financingId, int rateBps, LocalDate valueDate, long days, Money interest,
            Money proceeds) {
    }

    public record CreditLine(String id, String financierId, String obligorId, Money limit, Money used, Money available,
            String status) {
    }

    public record Voucher(String id, String obligorId, String holderId, Money amount, Money outstanding,
            LocalDate maturityDate, String status) {
    }

    public record Settlement(String bankId, String paymentId, String obligorId, LocalDate maturityDate, Money amount,
            Money applied, Money unapplied, List<Payout> payouts, long blockNumber) {
    }

    public record Payout(String payoutId, String voucherId, String holderId, String poolId, Money amount) {
    }

    /** settlement-service's reconciliation of one business date: totals as decimal text, unconfirmed payouts. */
    public record ReconciliationDay(LocalDate date, String currency, int instructedCount, String instructedTotal,
            int confirmedCount, String confirmedTotal, List<MissingPayout> missing) {
        public Money instructed() {
            return fromDecimal(instructedTotal, currency);
        }

        public Money confirmed() {
            return fromDecimal(confirmedTotal, currency);
        }
    }

    public record MissingPayout(String payoutId, String paymentId, String payeeId, String poolId, String amount,
            String currency) {
    }
}
