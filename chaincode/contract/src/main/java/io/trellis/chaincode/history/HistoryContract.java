package io.trellis.chaincode.history;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.ChaincodeException;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The committed writes of one key, for audits: every aggregate and counter slot keeps its whole history. */
public final class HistoryContract {
    /** Key types that may be asked for, with their number of attributes (see docs/domain.md, key layout). */
    static final Map<String, Integer> KEY_TYPES = Map.ofEntries(
            Map.entry("party", 1),
            Map.entry("config", 1),
            Map.entry("credit-line", 2),
            Map.entry("credit-line-slot", 3),
            Map.entry("issuance-limit", 1),
            Map.entry("issuance-slot", 2),
            Map.entry("invoice", 1),
            Map.entry("voucher", 1),
            Map.entry("voucher-pledge", 1),
            Map.entry("financing", 1),
            Map.entry("disbursement", 1),
            Map.entry("settlement", 1),
            Map.entry("abs-pool", 1),
            Map.entry("abs-deal", 1));

    private HistoryContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.GET_HISTORY, HistoryContract::history);
    }

    static List<KeyChange> history(TxContext ctx, String argument) {
        HistoryRequest request = Arguments.decode(argument, HistoryRequest.class);
        ActingParty.of(ctx);
        Integer arity = request.type() == null ? null : KEY_TYPES.get(request.type());
        if (arity == null) {
            throw ChaincodeException.invalid("type must be one of " + KEY_TYPES.keySet().stream().sorted().toList());
        }
        List<String> attributes = request.attributes();
        if (attributes == null || attributes.size() != arity
                || attributes.stream().anyMatch(a -> Objects.isNull(a) || a.isBlank() || a.indexOf('\u0000') >= 0)) {
            throw ChaincodeException.invalid("a " + request.type() + " key has " + arity + " non-blank attributes");
        }
        return ctx.state().history(ctx.state().key(request.type(), attributes.toArray(String[]::new)));
    }
}
