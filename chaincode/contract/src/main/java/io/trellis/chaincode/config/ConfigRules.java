package io.trellis.chaincode.config;

import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.core.ChaincodeException;

/** Rules of the on-chain settings. */
public final class ConfigRules {

    private ConfigRules() {
    }

    public static ChaincodeConfig apply(ChaincodeConfig current, SetConfigRequest request) {
        if (request.tierLimit() < 1 || request.tierLimit() > ChaincodeConfig.MAX_TIER_LIMIT) {
            throw ChaincodeException.invalid("tierLimit must be between 1 and " + ChaincodeConfig.MAX_TIER_LIMIT);
        }
        return new ChaincodeConfig(request.tierLimit(), current.version() + 1);
    }
}
