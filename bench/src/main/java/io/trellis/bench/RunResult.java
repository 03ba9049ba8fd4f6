package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import java.time.Duration;
import java.util.Map;

/**
 * What one timed run measured.
 *
 * @param committed      transactions committed as valid
 * @param retried        committed transactions that needed more than one attempt (read conflicts)
 * @param failures       failed calls by error code
 * @param latencies      latency of every committed transaction, submit to commit
 * @param elapsed        wall time of the run
 */
public record RunResult(long committed, long retried, Map<ErrorCode, Long> failures, Latencies latencies, Duration elapsed) {

    public double committedPerSecond() {
        return committed / (elapsed.toNanos() / 1e9);
    }

    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }
}
