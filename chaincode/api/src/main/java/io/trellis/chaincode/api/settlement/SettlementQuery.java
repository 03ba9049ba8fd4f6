package io.trellis.chaincode.api.settlement;

/** Arguments of {@code GetSettlement}: payment ids are the posting bank's own, so a payment is named with its bank. */
public record SettlementQuery(String bankId, String paymentId) {
}
