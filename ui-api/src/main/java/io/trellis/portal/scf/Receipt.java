package io.trellis.portal.scf;

/**
 * The answer of a write on the SCF desk once the ledger committed it: the chaincode's result and where it landed.
 *
 * @param <T> the result's view ({@code VoucherView} for an issue, a list of them for a split …)
 */
public record Receipt<T>(T result, String transactionId, long blockNumber) {
}
