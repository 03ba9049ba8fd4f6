package io.trellis.chaincode;

import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs the chaincode as a service (CCaaS): peers connect to it, so no peer needs Docker. One process can
 * serve every peer, since all of them install the same package and so know it by the same package id.
 * Environment: {@code CORE_CHAINCODE_ID_NAME} (the package id) and what {@link ChaincodeServerSettings} reads.
 */
public final class ChaincodeServerMain {

    private ChaincodeServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        ChaincodeServerSettings.required(env, "CORE_CHAINCODE_ID_NAME");
        ChaincodeServerSettings settings = ChaincodeServerSettings.fromEnvironment(env);
        TrellisChaincode chaincode = new TrellisChaincode();
        chaincode.prepareToServe();
        ChaincodeServer server = new NettyChaincodeServer(chaincode, settings.toProperties());
        // Blocks while the gRPC server runs; its threads keep the process alive until it is stopped.
        server.start();
    }
}
