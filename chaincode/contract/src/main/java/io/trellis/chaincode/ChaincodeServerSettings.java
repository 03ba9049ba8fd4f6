package io.trellis.chaincode;

import java.net.InetSocketAddress;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;

/**
 * How the chaincode server listens, from its environment:
 * {@code CHAINCODE_SERVER_ADDRESS} (host:port), and for TLS {@code CHAINCODE_TLS_CERT_FILE} with
 * {@code CHAINCODE_TLS_KEY_FILE} (PEM, PKCS#8 key), plus {@code CHAINCODE_TLS_CLIENT_CA_FILE} to require
 * peers to present a client certificate from that CA. Without the TLS pair the server speaks plaintext.
 */
record ChaincodeServerSettings(InetSocketAddress address, String certFile, String keyFile, String clientCaFile) {

    static ChaincodeServerSettings fromEnvironment(Map<String, String> env) {
        String address = required(env, "CHAINCODE_SERVER_ADDRESS");
        int colon = address.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS must be host:port, got " + address);
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS must end in a port number, got " + address);
        }
        String cert = blankToNull(env.get("CHAINCODE_TLS_CERT_FILE"));
        String key = blankToNull(env.get("CHAINCODE_TLS_KEY_FILE"));
        String clientCa = blankToNull(env.get("CHAINCODE_TLS_CLIENT_CA_FILE"));
        if ((cert == null) != (key == null)) {
            throw new IllegalArgumentException("CHAINCODE_TLS_CERT_FILE and CHAINCODE_TLS_KEY_FILE go together");
        }
        if (clientCa != null && cert == null) {
            throw new IllegalArgumentException("CHAINCODE_TLS_CLIENT_CA_FILE needs the server's own TLS certificate and key");
        }
        return new ChaincodeServerSettings(new InetSocketAddress(address.substring(0, colon), port), cert, key, clientCa);
    }

    boolean tls() {
        return certFile != null;
    }

    ChaincodeServerProperties toProperties() {
        ChaincodeServerProperties properties = new ChaincodeServerProperties();
        properties.setServerAddress(address);
        properties.setTlsEnabled(tls());
        if (tls()) {
            properties.setKeyCertChainFile(certFile);
            properties.setKeyFile(keyFile);
            properties.setTrustCertCollectionFile(clientCaFile);
        }
        return properties;
    }

    static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
