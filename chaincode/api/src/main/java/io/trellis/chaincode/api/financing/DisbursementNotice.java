package io.trellis.chaincode.api.financing;

/** Arguments of {@code ConfirmDisbursement}: the financier's payment of the proceeds, idempotent on {@code paymentId}. */
public record DisbursementNotice(String financingId, String paymentId) {
}
