package io.trellis.ledger;

import io.trellis.chaincode.api.JsonCodec;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One chaincode transaction to run.
 *
 * @param identity      who signs it
 * @param transaction   the chaincode transaction name ({@link io.trellis.chaincode.api.TxName})
 * @param argument      its single argument: JSON, or a plain id for look-ups; null for none
 * @param transientData private inputs that must not reach the public ledger (e.g. financing terms)
 */
public record LedgerCall(FabricIdentity identity, String transaction, String argument, Map<String, byte[]> transientData) {

    public LedgerCall {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(transaction, "transaction");
        transientData = Map.copyOf(transientData);
    }

    /** A call whose argument is the JSON encoding of {@code argument}. */
    public static LedgerCall json(FabricIdentity identity, String transaction, Object argument) {
        return new LedgerCall(identity, transaction, JsonCodec.toJson(argument), Map.of());
    }

    public LedgerCall withTransient(String key, byte[] value) {
        Map<String, byte[]> data = new HashMap<>(transientData);
        data.put(key, value);
        return new LedgerCall(identity, transaction, argument, data);
    }

    String[] arguments() {
        return argument == null ? new String[0] : new String[] {argument};
    }
}
