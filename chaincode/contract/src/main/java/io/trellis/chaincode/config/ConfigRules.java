package io.trellis.chaincode.config;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.config.SetConfigRequest;

/** Rules of the on-chain settings. */
public final class ConfigRules {

    private ConfigRules() {
    }

    /** The settings named in {@code request} changed, the others kept. */
    public static ChaincodeConfig apply(ChaincodeConfig current, SetConfigRequest request) {
        if (request.tierLimit() == null && request.overdueGraceDays() == null) {
            throw ChaincodeException.invalid("name tierLimit, overdueGraceDays or both");
        }
        int tierLimit = request.tierLimit() == null ? current.tierLimit() : request.tierLimit();
        int graceDays = request.overdueGraceDays() == null ? current.overdueGraceDays() : request.overdueGraceDays();
        if (tierLimit < 1 || tierLimit > ChaincodeConfig.MAX_TIER_LIMIT) {
            throw ChaincodeException.invalid("tierLimit must be between 1 and " + ChaincodeConfig.MAX_TIER_LIMIT);
        }
        if (graceDays < 0 || graceDays > ChaincodeConfig.MAX_OVERDUE_GRACE_DAYS) {
            throw ChaincodeException.invalid("overdueGraceDays must be between 0 and "
                    + ChaincodeConfig.MAX_OVERDUE_GRACE_DAYS);
        }
        return new ChaincodeConfig(tierLimit, graceDays, current.version() + 1);
    }
}
