package io.trellis.desk;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One chaincode write a desk endpoint makes, before it knows who signs it.
 *
 * @param transaction   {@link io.trellis.chaincode.api.TxName}
 * @param argument      the chaincode request record, sent as JSON
 * @param transientData private inputs, sent as JSON under their key (never on the public ledger)
 * @param resultType    what the chaincode answers
 * @param created       true when the write creates a resource (201), false for a change (200)
 */
public record Submission<T>(String transaction, Object argument, Map<String, Object> transientData,
        Class<T> resultType, boolean created) {

    public Submission {
        transientData = Map.copyOf(transientData);
    }

    public static <T> Submission<T> change(String transaction, Object argument, Class<T> resultType) {
        return new Submission<>(transaction, argument, Map.of(), resultType, false);
    }

    public static <T> Submission<T> creation(String transaction, Object argument, Class<T> resultType) {
        return new Submission<>(transaction, argument, Map.of(), resultType, true);
    }

    public Submission<T> withTransient(String key, Object value) {
        return new Submission<>(transaction, argument, Map.of(key, value), resultType, created);
    }

    LedgerCall signedBy(FabricIdentity signer) {
        LedgerCall call = LedgerCall.json(signer, transaction, argument);
        for (Map.Entry<String, Object> entry : transientData.entrySet()) {
            call = call.withTransient(entry.getKey(), JsonCodec.toJson(entry.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        return call;
    }
}
