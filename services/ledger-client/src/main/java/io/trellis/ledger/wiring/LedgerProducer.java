package io.trellis.ledger.wiring;

import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The ledger client as CDI beans; channels and gateways are closed with the application. */
@ApplicationScoped
public class LedgerProducer {

    @Produces
    @ApplicationScoped
    PeerConnections peerConnections(FabricConfig config) {
        return LedgerAssembly.peers(config);
    }

    @Produces
    @ApplicationScoped
    GatewayContractSource contracts(PeerConnections peers, FabricConfig config) {
        return LedgerAssembly.contracts(peers, config);
    }

    @Produces
    @ApplicationScoped
    LedgerClient ledgerClient(GatewayContractSource contracts, FabricConfig config) {
        return LedgerAssembly.client(contracts, config);
    }

    @Produces
    @Singleton
    Clock businessClock(FabricConfig config) {
        return LedgerAssembly.clock(config);
    }

    void close(@Disposes GatewayContractSource contracts) {
        contracts.close();
    }

    void close(@Disposes PeerConnections peers) {
        peers.close();
    }
}
