package io.trellis.ledger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import io.grpc.CallOptions;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/**
 * One Gateway per identity, all over the shared channel of the identity's organisation. A Gateway holds
 * no connection of its own, so keeping one per party identity is cheap.
 */
public final class GatewayContractSource implements ContractSource, AutoCloseable {
    private final PeerConnections peers;
    private final GatewaySettings settings;
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();

    public GatewayContractSource(PeerConnections peers, GatewaySettings settings) {
        this.peers = peers;
        this.settings = settings;
    }

    @Override
    public Contract contractFor(FabricIdentity identity) {
        return networkFor(identity).getContract(settings.chaincode());
    }

    /** The channel as {@code identity} sees it, e.g. to read its chaincode events. */
    public Network networkFor(FabricIdentity identity) {
        return gatewayFor(identity).getNetwork(settings.channel());
    }

    /** The Gateway that signs as {@code identity}, e.g. to send a proposal built elsewhere. */
    public Gateway gatewayFor(FabricIdentity identity) {
        return gateways.computeIfAbsent(identity.label(), label -> connect(identity));
    }

    public GatewaySettings settings() {
        return settings;
    }

    private Gateway connect(FabricIdentity identity) {
        return Gateway.newInstance()
                .identity(new X509Identity(identity.mspId(), identity.certificate()))
                .signer(Signers.newPrivateKeySigner(identity.privateKey()))
                .hash(Hash.SHA256)
                .connection(peers.channelFor(identity.mspId()))
                .evaluateOptions(deadline(settings.evaluate()))
                .endorseOptions(deadline(settings.endorse()))
                .submitOptions(deadline(settings.submit()))
                .commitStatusOptions(deadline(settings.commitStatus()))
                .connect();
    }

    private static UnaryOperator<CallOptions> deadline(Duration duration) {
        return options -> options.withDeadlineAfter(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        gateways.values().forEach(Gateway::close);
        gateways.clear();
    }
}
