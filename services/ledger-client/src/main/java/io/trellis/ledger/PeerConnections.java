package io.trellis.ledger;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One gRPC channel per Gateway peer, opened on first use and shared by every identity of that peer's
 * organisation: a channel multiplexes any number of concurrent calls, so more would only cost sockets.
 */
public final class PeerConnections implements AutoCloseable {
    private final Map<String, PeerEndpoint> endpoints;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    public PeerConnections(List<PeerEndpoint> endpoints) {
        this.endpoints = endpoints.stream().collect(Collectors.toUnmodifiableMap(PeerEndpoint::mspId, Function.identity()));
    }

    /** The channel to the Gateway peer of {@code mspId}'s organisation. */
    public ManagedChannel channelFor(String mspId) {
        PeerEndpoint endpoint = endpoints.get(mspId);
        if (endpoint == null) {
            throw new LedgerUnavailableException("no Gateway peer configured for " + mspId, null);
        }
        return channels.computeIfAbsent(mspId, id -> open(endpoint));
    }

    private static ManagedChannel open(PeerEndpoint endpoint) {
        try {
            ChannelCredentials tls = TlsChannelCredentials.newBuilder()
                    .trustManager(endpoint.tlsRootCertificate().toFile())
                    .build();
            var builder = Grpc.newChannelBuilder(endpoint.target(), tls);
            if (endpoint.serverName() != null && !endpoint.serverName().isBlank()) {
                builder.overrideAuthority(endpoint.serverName());
            }
            return builder.build();
        } catch (IOException e) {
            // Without the peer's TLS root there is no network to talk to (e.g. the network was never set up).
            throw new LedgerUnavailableException("cannot read the TLS root certificate of " + endpoint.target(), e);
        }
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        for (ManagedChannel channel : channels.values()) {
            try {
                if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                    channel.shutdownNow();
                }
            } catch (InterruptedException e) {
                channel.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        channels.clear();
    }
}
