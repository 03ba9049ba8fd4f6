package io.trellis.bench;

import java.util.List;

/**
 * A stress benchmark run, as written to bench/results/stress-*.json and docs/performance.md.
 *
 * @param cores      processors the JVM saw
 * @param loadBefore the machine's 1-minute load average before the timed rounds (this JVM included)
 * @param loadAfter  the same after them
 * @param target     10,000 paths on every core: the "under 2 s on 2 cores"
 * @param singleThread the same 10,000 paths on one thread: the baseline of the same run
 * @param tenth      1,000 paths on every core: how the time scales with paths
 */
record StressBenchReport(String startedAt, int cores, String java, String pool, long seed, int warmupRuns, int runs,
                         String loadBefore, String loadAfter, StressPoint target, StressPoint singleThread,
                         StressPoint tenth) {
    static final double TARGET_MS = 2_000;

    List<StressPoint> points() {
        return List.of(target, singleThread, tenth);
    }

    /** How many times faster all cores run the 10,000 paths than one thread. */
    double speedUp() {
        return singleThread.medianMs() / target.medianMs();
    }

    boolean targetMet() {
        return target.p95Ms() < TARGET_MS;
    }
}
