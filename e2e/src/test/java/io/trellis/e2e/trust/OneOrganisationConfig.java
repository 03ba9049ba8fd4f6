package io.trellis.e2e.trust;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.wiring.FabricConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The local stack's configuration cut down to what one organisation's deployment holds: its own peer, operator
 * and Fabric CA (registrar) only, and a wallet of its own.
 */
final class OneOrganisationConfig implements FabricConfig {
    private final FabricConfig stack;
    private final String mspId;
    private final Wallet wallet;

    OneOrganisationConfig(FabricConfig stack, Org org, Path walletDirectory) {
        this.stack = stack;
        this.mspId = org.mspId();
        this.wallet = new Wallet() {
            @Override
            public Path directory() {
                return walletDirectory;
            }

            @Override
            public Optional<String> key() {
                return Optional.empty();
            }
        };
    }

    private <V> Map<String, V> own(Map<String, V> perOrg) {
        return Map.of(mspId, perOrg.get(mspId));
    }

    @Override
    public String channel() {
        return stack.channel();
    }

    @Override
    public String chaincode() {
        return stack.chaincode();
    }

    @Override
    public Map<String, Peer> peers() {
        return own(stack.peers());
    }

    @Override
    public Map<String, Path> operators() {
        return own(stack.operators());
    }

    @Override
    public int maxAttempts() {
        return stack.maxAttempts();
    }

    @Override
    public Optional<Path> clockOffsetFile() {
        return stack.clockOffsetFile();
    }

    @Override
    public Map<String, Ca> cas() {
        return own(stack.cas());
    }

    @Override
    public Wallet wallet() {
        return wallet;
    }
}
