package io.trellis.e2e.network;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.GatewayLedgerClient;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.PeerEndpoint;
import io.trellis.ledger.RetryPolicy;
import io.trellis.ledger.clock.ClockedContractSource;
import io.trellis.ledger.wiring.FabricConfig;
import io.trellis.ledger.wiring.LedgerAssembly;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;

/**
 * The Fabric network {@code ./trellis up} runs, as the tests reach it: the same configuration the services
 * read (peers, operators, organisation CAs under {@code $TRELLIS_DATA}), one set of connections for the
 * whole test JVM.
 */
public final class TestNetwork {
    private static TestNetwork shared;

    private final FabricConfig config;
    private final PeerConnections peers;
    private final GatewayContractSource contracts;
    private final OperatorWallet operators;
    private final PartyIdentities identities;

    private TestNetwork() {
        config = LedgerAssembly.standaloneConfig();
        peers = LedgerAssembly.peers(config);
        contracts = LedgerAssembly.contracts(peers, config);
        operators = new OperatorWallet(config);
        identities = new PartyIdentities(config);
    }

    public static synchronized TestNetwork shared() {
        if (shared == null) {
            TestNetwork network = new TestNetwork();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                network.contracts.close();
                network.peers.close();
            }));
            shared = network;
        }
        return shared;
    }

    /** A ledger client signing through each identity's own organisation's peer, at the real time. */
    public LedgerClient ledger() {
        return LedgerAssembly.client(contracts, config);
    }

    /** A ledger client whose proposals carry the instant {@code clock} gives, not the real time. */
    public LedgerClient ledgerAt(Supplier<Instant> clock) {
        return new GatewayLedgerClient(new ClockedContractSource(contracts, clock), RetryPolicy.DEFAULT);
    }

    /**
     * A ledger client that sends every identity's proposals to {@code org}'s peer, whatever org the identity
     * belongs to: what that one peer answers. Close it after use.
     */
    public PeerBoundLedger ledgerVia(Org org) {
        FabricConfig.Peer peer = config.peers().get(org.mspId());
        List<PeerEndpoint> sameEndpointForAll = Arrays.stream(Org.values())
                .map(o -> new PeerEndpoint(o.mspId(), peer.target(), peer.tlsRootCertificate(), peer.serverName().orElse(null)))
                .toList();
        PeerConnections connections = new PeerConnections(sameEndpointForAll);
        GatewayContractSource source = LedgerAssembly.contracts(connections, config);
        return new PeerBoundLedger(LedgerAssembly.client(source, config), source, connections);
    }

    public FabricIdentity operator(Org org) {
        return operators.operatorOf(org);
    }

    /** The identity of {@code partyId}, issued by {@code org}'s CA and kept in its wallet, as scf-service does. */
    public FabricIdentity issueIdentity(String partyId, Org org) {
        return identities.issueOrReuse(partyId, org);
    }

    /** The domain events transaction {@code transactionId} of block {@code block} emitted, read back from a peer. */
    public List<DomainEvent> eventsOf(String transactionId, long block, FabricIdentity reader) {
        try (CloseableIterator<ChaincodeEvent> events = contracts.networkFor(reader)
                .newChaincodeEventsRequest(config.chaincode()).startBlock(block).build()
                .getEvents(options -> options.withDeadlineAfter(10, TimeUnit.SECONDS))) {
            while (events.hasNext()) {
                ChaincodeEvent event = events.next();
                if (event.getTransactionId().equals(transactionId)) {
                    return JsonCodec.fromJson(event.getPayload(), EventBatch.class).events();
                }
                if (event.getBlockNumber() > block) {
                    break;
                }
            }
        }
        return List.of();
    }

}
