package io.trellis.ledger;

/**
 * A transaction the network committed as valid.
 *
 * @param result        what the chaincode returned
 * @param transactionId Fabric transaction id
 * @param blockNumber   block the transaction was committed in
 * @param attempts      how many transactions it took (more than one after read conflicts)
 */
public record Committed<T>(T result, String transactionId, long blockNumber, int attempts) {
}
