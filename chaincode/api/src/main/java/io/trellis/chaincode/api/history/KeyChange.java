package io.trellis.chaincode.api.history;

/**
 * One committed write of a key, oldest first.
 *
 * @param txId      the writing transaction
 * @param timestamp its timestamp (ISO-8601, UTC)
 * @param deleted   true when the transaction deleted the key
 * @param value     the value written, as its JSON text; empty when deleted
 */
public record KeyChange(String txId, String timestamp, boolean deleted, String value) {
}
