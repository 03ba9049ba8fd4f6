package io.trellis.chaincode.api.creditline;

/** Arguments of {@code GetCreditLine}. */
public record CreditLineKey(String financierId, String obligorId) {
}
