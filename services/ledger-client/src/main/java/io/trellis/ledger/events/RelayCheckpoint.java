package io.trellis.ledger.events;

/**
 * The last chaincode event relayed: reading resumes in its block, after its transaction.
 *
 * @param blockNumber   block of the last relayed event
 * @param transactionId transaction of the last relayed event
 */
public record RelayCheckpoint(long blockNumber, String transactionId) {
}
