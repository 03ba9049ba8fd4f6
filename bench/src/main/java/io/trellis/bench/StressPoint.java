package io.trellis.bench;

/**
 * One timed configuration of the stress benchmark.
 *
 * @param paths          paths per run
 * @param threads        threads the engine ran them on
 * @param medianMs       median wall time of a run
 * @param p95Ms          95th percentile (nearest rank) of a run's wall time
 * @param pathsPerSecond paths / median
 */
record StressPoint(int paths, int threads, double medianMs, double p95Ms, double pathsPerSecond) {

    static StressPoint of(int paths, int threads, Latencies runs) {
        double median = runs.percentileNanos(50) / 1e6;
        return new StressPoint(paths, threads, median, runs.percentileNanos(95) / 1e6, paths / (median / 1000));
    }
}
