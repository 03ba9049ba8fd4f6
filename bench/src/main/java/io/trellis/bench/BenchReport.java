package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import java.util.Map;

/**
 * One benchmark result as written to JSON (bench/results/*.json) and quoted by docs/performance.md.
 * Latencies are in milliseconds, from submit to commit as the client sees it.
 */
public record BenchReport(String workload, int clients, int cores, double seconds, long committed, long retried,
        Map<ErrorCode, Long> failed, double txPerSecond, double p50Ms, double p95Ms, double p99Ms, String startedAt) {

    public static BenchReport of(String workload, int clients, RunResult run, String startedAt) {
        Latencies l = run.latencies();
        return new BenchReport(workload, clients, Runtime.getRuntime().availableProcessors(),
                round(run.elapsed().toNanos() / 1e9), run.committed(), run.retried(), run.failures(),
                round(run.committedPerSecond()), millis(l.percentileNanos(50)), millis(l.percentileNanos(95)),
                millis(l.percentileNanos(99)), startedAt);
    }

    private static double millis(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String summary() {
        return String.format("%-16s clients=%-3d cores=%d committed=%d (%.1f tx/s) retried=%d failed=%s p50=%.1fms p95=%.1fms p99=%.1fms",
                workload, clients, cores, committed, txPerSecond, retried, failed, p50Ms, p95Ms, p99Ms);
    }
}
