package io.trellis.chaincode.api.settlement;

/**
 * Arguments of {@code ConfirmPayout}: the bank that posted a payment reports one of its payouts as paid.
 *
 * @param paymentId     the bank's payment the payout belongs to
 * @param payoutId      the payout paid
 * @param bankReference the bank's reference of the transfer, 1 to 64 letters, digits or . _ : -
 */
public record PayoutConfirmationRequest(String paymentId, String payoutId, String bankReference) {
}
