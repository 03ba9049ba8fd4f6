package io.trellis.abs.offering;

import static io.trellis.abs.support.BodyChecks.read;
import static io.trellis.abs.support.BodyChecks.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.desk.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderBodyTest {

    @Test
    void an_order_becomes_the_subscription_request() {
        OrderBody body = read("{\"trancheClass\":\"SENIOR\",\"units\":4000}", OrderBody.class);

        assertThat(violations(body)).isEmpty();
        assertThat(body.toRequest("AP0123456789ABCDEF0123"))
                .isEqualTo(new SubscribeRequest("AP0123456789ABCDEF0123", TrancheClass.SENIOR, 4_000));
    }

    @Test
    void no_units_are_no_order() {
        assertThat(violations(read("{\"trancheClass\":\"SENIOR\",\"units\":0}", OrderBody.class)))
                .containsExactly("units must be greater than 0");
        assertThat(violations(read("{\"units\":-1}", OrderBody.class)))
                .containsExactly("trancheClass must not be null", "units must be greater than 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"trancheClass\":\"SENIOR\",\"units\":40.5}", "{\"trancheClass\":\"SENIOR\",\"units\":4e3}",
            "{\"trancheClass\":\"SENIOR\",\"units\":\"4000\"}", "{\"trancheClass\":0,\"units\":1}"})
    void units_or_a_tranche_of_the_wrong_form_are_refused_while_reading(String json) {
        assertThatThrownBy(() -> read(json, OrderBody.class)).isInstanceOf(ProblemException.class);
    }
}
