package io.trellis.chaincode.core;

/** One chaincode transaction: decodes its argument, applies rules, returns a result to encode as JSON. */
@FunctionalInterface
public interface TransactionHandler {

    /**
     * @param ctx      the transaction's context
     * @param argument the single JSON argument, or an empty string when the transaction takes none
     * @return the result, encoded as JSON into the response payload; null for an empty payload
     */
    Object handle(TxContext ctx, String argument);
}
