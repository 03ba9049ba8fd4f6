package io.trellis.settlement.payout;

/**
 * A bank's message on {@code trellis.payouts.confirmed}: it executed a payout instruction.
 *
 * @param payoutId      the instruction's id (the key it was published under)
 * @param paymentId     the payment it came from
 * @param bankId        the paying bank, which posted the payment
 * @param bankReference the bank's own reference of the transfer
 */
public record BankPayoutConfirmation(String payoutId, String paymentId, String bankId, String bankReference) {
}
