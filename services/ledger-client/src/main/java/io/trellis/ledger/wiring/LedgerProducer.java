package io.trellis.ledger.wiring;

import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.GatewayLedgerClient;
import io.trellis.ledger.GatewaySettings;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.PeerEndpoint;
import io.trellis.ledger.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Builds the ledger client from configuration; channels and gateways are closed with the application. */
@ApplicationScoped
public class LedgerProducer {

    @Produces
    @ApplicationScoped
    PeerConnections peerConnections(FabricConfig config) {
        List<PeerEndpoint> endpoints = config.peers().entrySet().stream()
                .map(e -> new PeerEndpoint(e.getKey(), e.getValue().target(), e.getValue().tlsRootCertificate(),
                        e.getValue().serverName().orElse(null)))
                .toList();
        return new PeerConnections(endpoints);
    }

    @Produces
    @ApplicationScoped
    GatewayContractSource contracts(PeerConnections peers, FabricConfig config) {
        return new GatewayContractSource(peers, GatewaySettings.defaults(config.channel(), config.chaincode()));
    }

    @Produces
    @ApplicationScoped
    LedgerClient ledgerClient(GatewayContractSource contracts, FabricConfig config) {
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        return new GatewayLedgerClient(contracts, new RetryPolicy(config.maxAttempts(), defaults.baseBackoff(),
                defaults.maxBackoff()));
    }

    void close(@Disposes GatewayContractSource contracts) {
        contracts.close();
    }

    void close(@Disposes PeerConnections peers) {
        peers.close();
    }
}
