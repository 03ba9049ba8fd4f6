package io.trellis.chaincode.api.heartbeat;

/**
 * One liveness probe written to the ledger ({@code Heartbeat}): about 100 bytes under its own key.
 *
 * @param id    {@code HB} + 20 hex of the transaction id's SHA-256: every probe has its own key
 * @param mspId organisation of the identity that sent it
 * @param at    the transaction's timestamp (ISO-8601)
 */
public record Heartbeat(String id, String mspId, String at) {
}
