package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import java.util.Map;

/**
 * One measured point: a workload at a client count. Latencies in milliseconds, submit to commit as the client
 * sees it; rates per second of the window.
 *
 * @param cores             the machine's cores: every figure is for this many
 * @param txPerBlock        committed transactions of the window per block they landed in
 * @param conflictRate      share of attempts invalidated by a read conflict (ledger-client retries them)
 * @param ratioToBaseline   tx/s over the heartbeat's at the same client count in the same run, or null
 * @param exhaustedClients  clients that ran out of stock vouchers (the rate is then too low)
 */
public record PointReport(String workload, int clients, int cores, double windowSeconds, long committed,
        double txPerSecond, double p50Ms, double p95Ms, double p99Ms, double txPerBlock, long retried,
        double conflictRate, Map<ErrorCode, Long> failed, int exhaustedClients, Double ratioToBaseline,
        ReadModelLag readModelLag, CpuUsage cpu) {

    static PointReport of(String workload, int clients, RunResult run, int maxAttempts, ReadModelLag lag,
            CpuUsage cpu) {
        Latencies l = run.latencies();
        double conflictRate = Math.round(run.conflictRate(maxAttempts) * 10_000) / 10_000.0;
        return new PointReport(workload, clients, Runtime.getRuntime().availableProcessors(),
                Round.one(run.window().toNanos() / 1e9), run.committed(), Round.one(run.committedPerSecond()),
                Round.millis(l.percentileNanos(50)), Round.millis(l.percentileNanos(95)),
                Round.millis(l.percentileNanos(99)), Round.one(run.transactionsPerBlock()), run.retried(), conflictRate,
                run.failures(), run.exhaustedClients(), null, lag, cpu);
    }

    PointReport withRatio(Double ratio) {
        return new PointReport(workload, clients, cores, windowSeconds, committed, txPerSecond, p50Ms, p95Ms, p99Ms,
                txPerBlock, retried, conflictRate, failed, exhaustedClients, ratio, readModelLag, cpu);
    }

    public String summary() {
        return String.format("%-16s clients=%-3d cores=%d %.1f tx/s p50=%.0fms p95=%.0fms p99=%.0fms %.1f tx/block "
                        + "conflicts=%.2f%% failed=%s cpu=%.2f cores %.2f ms/tx other=%.2f cores%s",
                workload, clients, cores, txPerSecond, p50Ms, p95Ms, p99Ms, txPerBlock, conflictRate * 100, failed,
                cpu.busyCores(), cpu.msPerTx(), cpu.otherCores(),
                exhaustedClients > 0 ? " STOCK EXHAUSTED for " + exhaustedClients + " clients" : "");
    }
}
