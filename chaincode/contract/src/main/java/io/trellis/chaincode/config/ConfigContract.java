package io.trellis.chaincode.config;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.api.event.ConfigChanged;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.PartyRules;

/** On-chain settings: only the platform operator changes them; anyone on the channel reads them. */
public final class ConfigContract {

    private ConfigContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.SET_CONFIG, ConfigContract::set)
                .register(TxName.GET_CONFIG, ConfigContract::get);
    }

    static ChaincodeConfig set(TxContext ctx, String argument) {
        SetConfigRequest request = Arguments.decode(argument, SetConfigRequest.class);
        PartyRules.requireOperatorOf(ctx.caller(), Org.PLATFORM);
        ConfigRepository configs = new ConfigRepository(ctx.state());
        ChaincodeConfig changed = ConfigRules.apply(configs.current(), request);
        configs.save(changed);
        ctx.emit(new ConfigChanged(changed));
        return changed;
    }

    static ChaincodeConfig get(TxContext ctx, String argument) {
        return new ConfigRepository(ctx.state()).current();
    }
}
