package io.trellis.chaincode.api.financing;

/** Which financing a disbursement payment id completed; makes {@code ConfirmDisbursement} idempotent. */
public record Disbursement(String paymentId, String financingId) {
}
