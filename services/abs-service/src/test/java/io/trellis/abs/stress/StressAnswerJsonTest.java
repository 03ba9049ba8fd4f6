package io.trellis.abs.stress;

import static io.trellis.abs.stress.StructuredDeals.CORE2;
import static io.trellis.abs.stress.StructuredDeals.POOL;
import static io.trellis.abs.stress.StructuredDeals.deal;
import static io.trellis.abs.stress.StructuredDeals.structure;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.desk.RestMapper;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.abs.DealStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stress answer goes out through the REST layer's mapper: it must write it as the ledger's codec writes records
 * (amounts {minor, currency} without Money's helpers, ISO dates, nulls kept, decimals as they are), so a client
 * reads it as strictly as the ledger's records.
 */
class StressAnswerJsonTest {

    @Test
    void the_answer_is_written_as_the_ledgers_codec_writes_it() {
        StressScenario scenario = new StressScenario(new ObligorAssumptions(2_500, 4_000, 30),
                Map.of(CORE2, new ObligorAssumptions(10_000, 0, 0)), 40, 3L);
        StressRequest inputs = DealStressInputs.of(deal(DealStatus.SUBSCRIPTION_OPEN, structure()), scenario);
        StressAnswer answer = new StressAnswer(POOL, DealStatus.SUBSCRIPTION_OPEN, 4, inputs,
                new StressRunner(1).run(inputs));

        String written = RestMapper.write(answer);

        assertThat(written).isEqualTo(JsonCodec.toJson(answer));
        assertThat(JsonCodec.fromJson(written, StressAnswer.class)).isEqualTo(answer);
        // CORE2's 500,000.00 is lost on every path: the subordinated tranche loses all, so no average life (null).
        assertThat(written).contains("\"weightedAverageLifeYears\":null}]}}", "\"firstShortfallDate\":\"2026-10-01\"",
                "\"worstLoss\":{\"minor\":10000000,\"currency\":\"CNY\"}").doesNotContain("zero", "positive");
    }
}
