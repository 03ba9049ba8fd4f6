package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunResultTest {

    private static RunResult result(long committed, long attempts, Map<ErrorCode, Long> failures) {
        return new RunResult(committed, 0, attempts, failures, new Latencies(), Duration.ofSeconds(10), List.of(), 0);
    }

    @Test
    void the_rate_is_per_second_of_the_window() {
        assertThat(result(250, 250, Map.of()).committedPerSecond()).isEqualTo(25.0);
    }

    @Test
    void the_conflict_rate_counts_every_retry_of_a_committed_transaction() {
        // 100 committed in 110 attempts: 10 attempts were invalidated.
        assertThat(result(100, 110, Map.of()).conflictRate(8)).isEqualTo(10 / 110.0);
    }

    @Test
    void a_transaction_that_gave_up_conflicted_on_every_attempt() {
        // 100 committed first time, 1 gave up after 8 conflicting attempts, 2 refused by the chaincode.
        RunResult run = result(100, 100, Map.of(ErrorCode.LEDGER_CONFLICT, 1L, ErrorCode.VOUCHER_STATE_CONFLICT, 2L));

        assertThat(run.conflictRate(8)).isEqualTo(8 / 110.0);
        assertThat(run.failed()).isEqualTo(3);
    }

    @Test
    void transactions_per_block_count_the_distinct_blocks_they_landed_in() {
        Instant now = Instant.now();
        RunResult run = new RunResult(4, 0, 4, Map.of(), new Latencies(), Duration.ofSeconds(1), List.of(
                new RunResult.Commit("a", 7, now), new RunResult.Commit("b", 7, now), new RunResult.Commit("c", 7, now),
                new RunResult.Commit("d", 8, now)), 0);

        assertThat(run.transactionsPerBlock()).isEqualTo(2.0);
    }

    @Test
    void no_attempt_is_no_conflict() {
        assertThat(result(0, 0, Map.of()).conflictRate(8)).isZero();
    }
}
