package io.trellis.chaincode.config;

import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.core.StateStore;

/** The on-chain settings under {@code config/chaincode}; the defaults apply until the operator sets them. */
public final class ConfigRepository {
    static final String CONFIG = "config";
    static final String NAME = "chaincode";

    private final StateStore state;

    public ConfigRepository(StateStore state) {
        this.state = state;
    }

    public ChaincodeConfig current() {
        return state.get(state.key(CONFIG, NAME), ChaincodeConfig.class).orElseGet(ChaincodeConfig::defaults);
    }

    public void save(ChaincodeConfig config) {
        state.put(state.key(CONFIG, NAME), config);
    }
}
