package io.trellis.e2e.network;

import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;

/** A ledger client pinned to one peer, with the connections it owns. */
public record PeerBoundLedger(LedgerClient client, GatewayContractSource contracts, PeerConnections connections)
        implements AutoCloseable {

    @Override
    public void close() {
        contracts.close();
        connections.close();
    }
}
