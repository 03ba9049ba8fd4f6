package io.trellis.chaincode.api.financing;

/** Arguments of {@code ApproveFinancing} (terms travel as transient data) and {@code DeclineFinancing}. */
public record FinancingDecision(String financingId, String reason) {
}
