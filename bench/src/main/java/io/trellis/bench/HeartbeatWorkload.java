package io.trellis.bench;

import io.trellis.chaincode.api.TxName;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import java.util.Map;

/** The baseline: {@code Heartbeat}, one key of about 100 bytes, no reads, no event (docs/domain.md). */
public final class HeartbeatWorkload implements LedgerWorkload {
    private final LedgerCall call;

    public HeartbeatWorkload(FabricIdentity sender) {
        this.call = new LedgerCall(sender, TxName.HEARTBEAT, null, Map.of());
    }

    @Override
    public String name() {
        return "heartbeat";
    }

    /** The same call every time: the chaincode derives the key from each transaction's own id. */
    @Override
    public LedgerCall next(int client, long sequence) {
        return call;
    }

    @Override
    public boolean projected() {
        return false;
    }
}
