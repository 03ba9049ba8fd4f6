package io.trellis.ledger.wiring;

import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.GatewayLedgerClient;
import io.trellis.ledger.GatewaySettings;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.PeerEndpoint;
import io.trellis.ledger.RetryPolicy;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;

/**
 * Builds the ledger client's parts from {@link FabricConfig}: the one recipe used by the Quarkus services
 * (through {@link LedgerProducer}) and by plain programs such as the benchmark.
 */
public final class LedgerAssembly {

    private LedgerAssembly() {
    }

    /** Reads {@link FabricConfig} outside Quarkus: same defaults file, same environment variables. */
    public static FabricConfig standaloneConfig() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withMapping(FabricConfig.class)
                .build();
        return config.getConfigMapping(FabricConfig.class);
    }

    public static PeerConnections peers(FabricConfig config) {
        List<PeerEndpoint> endpoints = config.peers().entrySet().stream()
                .map(e -> new PeerEndpoint(e.getKey(), e.getValue().target(), e.getValue().tlsRootCertificate(),
                        e.getValue().serverName().orElse(null)))
                .toList();
        return new PeerConnections(endpoints);
    }

    public static GatewayContractSource contracts(PeerConnections peers, FabricConfig config) {
        return new GatewayContractSource(peers, GatewaySettings.defaults(config.channel(), config.chaincode()));
    }

    public static LedgerClient client(GatewayContractSource contracts, FabricConfig config) {
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        return new GatewayLedgerClient(contracts,
                new RetryPolicy(config.maxAttempts(), defaults.baseBackoff(), defaults.maxBackoff()));
    }
}
