package io.trellis.chaincode;

import java.net.InetSocketAddress;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs the chaincode as a service (CCaaS): peers connect to it, so no peer needs Docker. One process can
 * serve every peer, since all of them install the same package and so know it by the same package id.
 * Environment: {@code CHAINCODE_SERVER_ADDRESS} (host:port to listen on) and {@code CORE_CHAINCODE_ID_NAME}
 * (the package id).
 */
public final class ChaincodeServerMain {

    private ChaincodeServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String address = requiredEnv("CHAINCODE_SERVER_ADDRESS");
        requiredEnv("CORE_CHAINCODE_ID_NAME");
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS must be host:port, got " + address);
        }
        ChaincodeServerProperties properties = new ChaincodeServerProperties();
        properties.setServerAddress(new InetSocketAddress(address.substring(0, colon),
                Integer.parseInt(address.substring(colon + 1))));
        TrellisChaincode chaincode = new TrellisChaincode();
        chaincode.prepareToServe();
        ChaincodeServer server = new NettyChaincodeServer(chaincode, properties);
        // Blocks while the gRPC server runs; its threads keep the process alive until it is stopped.
        server.start();
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is required");
        }
        return value;
    }
}
