package io.trellis.chaincode;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs the chaincode as a service (CCaaS): peers connect to it, so no peer needs Docker. One process can
 * serve every peer, since all of them install the same package and so know it by the same package id.
 * Environment: {@code CORE_CHAINCODE_ID_NAME} (the package id), what {@link ChaincodeServerSettings} reads and what
 * {@link ProposalClockSettings} reads.
 */
public final class ChaincodeServerMain {
    /**
     * The shim logs every error response at SEVERE, and to the chaincode a refused business rule is an error
     * response: the Router already logs those at INFO and real failures at SEVERE with their cause. Held here so
     * the level is not lost with a collected logger.
     */
    private static final Logger SHIM_INVOCATIONS = Logger.getLogger("org.hyperledger.fabric.shim.impl.ChaincodeInvocationTask");

    private ChaincodeServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        ChaincodeServerSettings.required(env, "CORE_CHAINCODE_ID_NAME");
        ChaincodeServerSettings settings = ChaincodeServerSettings.fromEnvironment(env);
        TrellisChaincode chaincode = new TrellisChaincode(ProposalClockSettings.fromEnvironment(env));
        chaincode.prepareToServe();
        SHIM_INVOCATIONS.setLevel(Level.OFF);
        ChaincodeServer server = new NettyChaincodeServer(chaincode, settings.toProperties());
        // Blocks while the gRPC server runs; its threads keep the process alive until it is stopped.
        server.start();
    }
}
