package io.trellis.chaincode.heartbeat;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.heartbeat.Heartbeat;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;

/**
 * The liveness probe and benchmark baseline: the smallest write a transaction can make. Any identity the
 * channel admits may send it (the peer has already checked it against the channel's writers); it reads
 * nothing and emits no event, and its key comes from the transaction id, so probes never conflict.
 */
public final class HeartbeatContract {

    private HeartbeatContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.HEARTBEAT, HeartbeatContract::beat);
    }

    static Heartbeat beat(TxContext ctx, String argument) {
        Arguments.none(argument);
        String id = Ids.fromTx("HB", ctx.txId());
        Heartbeat heartbeat = new Heartbeat(id, ctx.caller().mspId(), ctx.timestamp().toString());
        new HeartbeatRepository(ctx.state()).save(heartbeat);
        return heartbeat;
    }
}
