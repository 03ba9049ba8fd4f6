package io.trellis.chaincode.api.abs;

/** Arguments of the manager's deal steps that need only the deal: open, close, issue, cancel. */
public record DealRequest(String poolId) {
}
