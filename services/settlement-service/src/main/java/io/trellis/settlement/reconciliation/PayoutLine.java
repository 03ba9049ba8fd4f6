package io.trellis.settlement.reconciliation;

/** One payout in a reconciliation answer; amount as a decimal string. */
public record PayoutLine(String payoutId, String paymentId, String bankId, String voucherId, String payeeId,
        String poolId, String amount, String currency, String bankReference) {
}
