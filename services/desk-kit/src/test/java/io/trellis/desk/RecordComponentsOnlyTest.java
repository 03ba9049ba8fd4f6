package io.trellis.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import org.junit.jupiter.api.Test;

class RecordComponentsOnlyTest {

    @Test
    void a_ledger_record_is_answered_with_its_components_only_as_the_ledger_writes_it() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new RecordComponentsOnly().customize(mapper);

        String json = mapper.writeValueAsString(Money.of(12_345, "CNY"));

        assertThat(json).isEqualTo("{\"minor\":12345,\"currency\":\"CNY\"}").isEqualTo(JsonCodec.toJson(Money.of(12_345, "CNY")));
    }

    @Test
    void without_it_the_boolean_helpers_would_leak_as_fields() throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(Money.of(0, "CNY"))).contains("\"zero\":true");
    }
}
