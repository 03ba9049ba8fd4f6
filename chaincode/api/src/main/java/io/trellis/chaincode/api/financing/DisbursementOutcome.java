package io.trellis.chaincode.api.financing;

/** The answer of {@code ConfirmDisbursement}: {@code replayed} when the payment id was already applied and nothing changed. */
public record DisbursementOutcome(Financing financing, boolean replayed) {
}
