package io.trellis.chaincode.heartbeat;

import io.trellis.chaincode.api.heartbeat.Heartbeat;
import io.trellis.chaincode.core.StateStore;

/** Heartbeats under {@code heartbeat/<id>}, one key each; nothing reads them back but audits. */
public final class HeartbeatRepository {
    static final String HEARTBEAT = "heartbeat";

    private final StateStore state;

    public HeartbeatRepository(StateStore state) {
        this.state = state;
    }

    public void save(Heartbeat heartbeat) {
        state.put(state.key(HEARTBEAT, heartbeat.id()), heartbeat);
    }
}
