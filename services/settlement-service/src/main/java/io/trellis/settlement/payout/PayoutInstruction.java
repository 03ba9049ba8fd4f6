package io.trellis.settlement.payout;

import java.time.LocalDate;

/**
 * What {@code trellis.payouts.out} carries, keyed by {@code payoutId}: pay {@code amount} to {@code payeeId}
 * (or to the ABS pool {@code poolId}) out of payment {@code paymentId} received by {@code bankId}. The ledger
 * transaction and block let the bank check the instruction against the ledger.
 */
public record PayoutInstruction(String payoutId, String paymentId, String bankId, String voucherId, String payeeId,
        String poolId, String amount, String currency, LocalDate settledOn, String transactionId, long blockNumber) {
}
