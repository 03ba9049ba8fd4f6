package io.trellis.portal.desk.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.portal.backend.ServiceProblem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadModelCatchUpTest {

    @Test
    void it_waits_while_the_record_is_missing_or_older_and_stops_once_it_shows_the_transaction() {
        AtomicInteger looks = new AtomicInteger();

        ReadModelCatchUp.awaitTransaction(() -> switch (looks.incrementAndGet()) {
            case 1 -> throw new ServiceProblem(404, "PARTY_NOT_FOUND", "not yet");
            case 2 -> "an-older-transaction";
            default -> "tx-1";
        }, "tx-1");

        assertThat(looks).hasValue(3);
    }

    @Test
    void a_refusal_other_than_not_found_ends_the_wait_at_once() {
        AtomicInteger looks = new AtomicInteger();
        long start = System.nanoTime();

        ReadModelCatchUp.awaitTransaction(() -> {
            looks.incrementAndGet();
            throw new ServiceProblem(503, ServiceProblem.UNREACHABLE, "down");
        }, "tx-1");

        assertThat(looks).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ReadModelCatchUp.PATIENCE);
    }
}
