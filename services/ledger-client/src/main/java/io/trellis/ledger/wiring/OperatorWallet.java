package io.trellis.ledger.wiring;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operator identity of each organisation, loaded on first use from its MSP folder. Keys stay in the
 * hosting organisation's folder and are never sent anywhere.
 */
@ApplicationScoped
public class OperatorWallet {
    private final FabricConfig config;
    private final Map<Org, FabricIdentity> loaded = new ConcurrentHashMap<>();

    public OperatorWallet(FabricConfig config) {
        this.config = config;
    }

    public FabricIdentity operatorOf(Org org) {
        return loaded.computeIfAbsent(org, this::load);
    }

    private FabricIdentity load(Org org) {
        Path msp = config.operators().get(org.mspId());
        if (msp == null || !Files.isDirectory(msp)) {
            throw new LedgerUnavailableException("no Fabric identity for the operator of " + org.mspId()
                    + " (is the network set up?)", null);
        }
        return FabricIdentity.fromMspDirectory(org.mspId(), msp);
    }
}
