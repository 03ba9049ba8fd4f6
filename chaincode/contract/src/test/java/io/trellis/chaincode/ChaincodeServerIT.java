package io.trellis.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged chaincode server, started as the network starts it (chaincode as a service), answers a
 * peer's connection by registering under its package id: the first step of every peer handshake.
 */
class ChaincodeServerIT {
    private static final Path JAR = Path.of("target/trellis-chaincode.jar");
    private static final String PACKAGE_ID = "trellis_1:" + "ab".repeat(32);

    @TempDir
    Path dir;
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_packaged_server_registers_with_a_connecting_peer_under_its_package_id() throws Exception {
        ChaincodeMessage first = firstMessage(Map.of(),
                port -> NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build());

        assertThat(first.getType()).isEqualTo(ChaincodeMessage.Type.REGISTER);
        assertThat(ChaincodeID.parseFrom(first.getPayload()).getName()).isEqualTo(PACKAGE_ID);
    }

    @Test
    void with_a_tls_certificate_the_server_registers_over_tls() throws Exception {
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        selfSignedFor127001(cert, key);

        ChaincodeMessage first = firstMessage(Map.of("CHAINCODE_TLS_CERT_FILE", cert.toString(),
                        "CHAINCODE_TLS_KEY_FILE", key.toString()),
                port -> {
                    try {
                        return NettyChannelBuilder.forAddress("127.0.0.1", port)
                                .sslContext(GrpcSslContexts.forClient().trustManager(cert.toFile()).build()).build();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(first.getType()).isEqualTo(ChaincodeMessage.Type.REGISTER);
        assertThat(ChaincodeID.parseFrom(first.getPayload()).getName()).isEqualTo(PACKAGE_ID);
    }

    /** Starts the jar with {@code extraEnv}, connects as a peer would, and returns the chaincode's first message. */
    private ChaincodeMessage firstMessage(Map<String, String> extraEnv, IntFunction<ManagedChannel> connect) throws Exception {
        assertThat(JAR).as("the shaded jar, built by 'mvnw package' before the integration tests").exists();
        int port = freePort();
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", JAR.toString());
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        env.put("CORE_CHAINCODE_ID_NAME", PACKAGE_ID);
        launch.environment().putAll(env);
        launch.redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        server = launch.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!accepts(port) && System.nanoTime() < deadline && server.isAlive()) {
            Thread.sleep(100);
        }
        ManagedChannel channel = connect.apply(port);
        BlockingQueue<ChaincodeMessage> received = new LinkedBlockingQueue<>();
        try {
            StreamObserver<ChaincodeMessage> toServer = ChaincodeGrpc.newStub(channel).connect(new StreamObserver<>() {
                @Override
                public void onNext(ChaincodeMessage message) {
                    received.add(message);
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onCompleted() {
                }
            });
            ChaincodeMessage first = received.poll(20, TimeUnit.SECONDS);
            assertThat(first).as("the chaincode's first message (server log: %s)", Files.readString(dir.resolve("server.log")))
                    .isNotNull();
            toServer.onCompleted();
            return first;
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void selfSignedFor127001(Path certFile, Path keyFile) throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        X500Name name = new X500Name("CN=chaincode.trellis.local");
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, Date.from(from),
                Date.from(from.plus(10, ChronoUnit.DAYS)), name, keys.getPublic())
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(cert);
        }
        Files.writeString(certFile, pem.toString());
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
