package io.trellis.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged chaincode server, started as the network starts it (chaincode as a service), answers a
 * peer's connection by registering under its package id: the first step of every peer handshake.
 */
class ChaincodeServerIT {
    private static final Path JAR = Path.of("target/trellis-chaincode.jar");
    private static final String PACKAGE_ID = "trellis_1:" + "ab".repeat(32);

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
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

    @Test
    void the_packaged_server_registers_with_a_connecting_peer_under_its_package_id() throws Exception {
        assertThat(JAR).as("the shaded jar, built by 'mvnw package' before the integration tests").exists();
        int port = freePort();
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", JAR.toString());
        launch.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        launch.environment().put("CORE_CHAINCODE_ID_NAME", PACKAGE_ID);
        launch.redirectErrorStream(true).redirectOutput(Files.createTempFile("chaincode-server", ".log").toFile());
        server = launch.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!accepts(port) && System.nanoTime() < deadline && server.isAlive()) {
            Thread.sleep(100);
        }

        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
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
            ChaincodeMessage register = received.poll(20, TimeUnit.SECONDS);

            assertThat(register).as("the chaincode's first message").isNotNull();
            assertThat(register.getType()).isEqualTo(ChaincodeMessage.Type.REGISTER);
            assertThat(ChaincodeID.parseFrom(register.getPayload()).getName()).isEqualTo(PACKAGE_ID);
            toServer.onCompleted();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
