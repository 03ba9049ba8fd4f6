package io.trellis.desk;

/**
 * Answer to a write: what the chaincode returned, with the transaction that committed it.
 *
 * @param result        the chaincode's result (e.g. the invoice after the change)
 * @param transactionId Fabric transaction id
 * @param blockNumber   block it was committed in
 */
public record Receipt<T>(T result, String transactionId, long blockNumber) {
}
