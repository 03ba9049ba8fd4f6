package io.trellis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import org.junit.jupiter.api.Test;

class ChaincodeErrorsTest {

    @Test
    void finds_the_error_json_inside_the_peers_message() {
        assertThat(ChaincodeErrors.parse("chaincode response 500, {\"code\":\"NOT_ALLOWED\",\"message\":\"only {x}\"}"))
                .contains(new ChaincodeError(ErrorCode.NOT_ALLOWED, "only {x}"));
    }

    @Test
    void a_message_without_trellis_json_yields_nothing() {
        assertThat(ChaincodeErrors.parse("failed to collect enough transaction endorsements")).isEmpty();
        assertThat(ChaincodeErrors.parse("chaincode response 500, {\"code\":\"NO_SUCH_CODE\",\"message\":\"m\"}")).isEmpty();
    }
}
