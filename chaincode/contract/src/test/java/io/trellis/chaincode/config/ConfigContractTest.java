package io.trellis.chaincode.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import org.junit.jupiter.api.Test;

class ConfigContractTest {
    private final ChaincodeHarness chain = new ChaincodeHarness();

    private ChaincodeHarness.Result set(SetConfigRequest request) {
        return chain.submit(Callers.PLATFORM_OPERATOR, TxName.SET_CONFIG, request);
    }

    @Test
    void defaults_apply_until_the_operator_sets_a_value_and_a_setting_left_out_keeps_its_value() {
        assertThat(chain.submit(Callers.PLATFORM_CLIENT, TxName.GET_CONFIG, null).as(ChaincodeConfig.class))
                .isEqualTo(new ChaincodeConfig(10, 3, 0));

        set(new SetConfigRequest(null, 7)).as(ChaincodeConfig.class);
        ChaincodeConfig now = set(new SetConfigRequest(5, null)).as(ChaincodeConfig.class);

        assertThat(now).isEqualTo(new ChaincodeConfig(5, 7, 2));
    }

    @Test
    void the_grace_is_0_to_90_days_and_a_request_names_at_least_one_setting() {
        assertThat(set(new SetConfigRequest(null, -1)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(set(new SetConfigRequest(null, 91)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(set(new SetConfigRequest(null, null)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(set(new SetConfigRequest(null, 90)).as(ChaincodeConfig.class).overdueGraceDays()).isEqualTo(90);
        assertThat(set(new SetConfigRequest(null, 0)).as(ChaincodeConfig.class).overdueGraceDays()).isZero();
    }

    @Test
    void a_config_stored_before_the_grace_existed_reads_the_default_grace() {
        ChaincodeConfig stored = JsonCodec.fromJson("{\"tierLimit\":5,\"version\":2}", ChaincodeConfig.class);

        assertThat(stored).isEqualTo(new ChaincodeConfig(5, ChaincodeConfig.DEFAULT_OVERDUE_GRACE_DAYS, 2));
        assertThat(JsonCodec.toJson(stored)).isEqualTo("{\"tierLimit\":5,\"overdueGraceDays\":3,\"version\":2}");
    }
}
