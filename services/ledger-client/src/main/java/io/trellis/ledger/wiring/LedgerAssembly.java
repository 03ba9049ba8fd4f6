package io.trellis.ledger.wiring;

import io.trellis.chaincode.api.clock.OffsetFileClock;
import io.trellis.ledger.ContractSource;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.GatewayLedgerClient;
import io.trellis.ledger.GatewaySettings;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.PeerEndpoint;
import io.trellis.ledger.RetryPolicy;
import io.trellis.ledger.clock.ClockedContractSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
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
        ContractSource source = config.clockOffsetFile()
                .<ContractSource>map(file -> new ClockedContractSource(contracts, new OffsetFileClock(file)::instant))
                .orElse(contracts);
        return new GatewayLedgerClient(source,
                new RetryPolicy(config.maxAttempts(), defaults.baseBackoff(), defaults.maxBackoff()));
    }

    /** The clock this service's business decisions and proposals follow: the system's, or a test stack's shifted one. */
    public static Clock clock(FabricConfig config) {
        return config.clockOffsetFile().<Clock>map(OffsetFileClock::new).orElse(Clock.systemUTC());
    }
}
