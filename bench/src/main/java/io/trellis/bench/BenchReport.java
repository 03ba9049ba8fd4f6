package io.trellis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole benchmark run as written to bench/results/*.json and quoted by docs/performance.md.
 *
 * @param orderingBatch the orderer's batch as stack/trellis.env sets it (ORDERER_BATCH_TIMEOUT / ORDERER_BATCH_SIZE)
 * @param points        every point, each domain workload with its ratio to the baseline of the same client count
 */
public record BenchReport(String startedAt, String finishedAt, int cores, String orderingBatch, double warmupSeconds,
        double windowSeconds, List<PointReport> points) {
    public static final String BASELINE = "heartbeat";

    public BenchReport {
        points = withRatios(points);
    }

    private static List<PointReport> withRatios(List<PointReport> points) {
        List<PointReport> rated = new ArrayList<>();
        for (PointReport point : points) {
            Double ratio = point.workload().equals(BASELINE) ? null : points.stream()
                    .filter(p -> p.workload().equals(BASELINE) && p.clients() == point.clients() && p.txPerSecond() > 0)
                    .findFirst()
                    .map(baseline -> Round.two(point.txPerSecond() / baseline.txPerSecond()))
                    .orElse(null);
            rated.add(Objects.equals(ratio, point.ratioToBaseline()) ? point : point.withRatio(ratio));
        }
        return List.copyOf(rated);
    }

    /** The point of {@code workload} with the most tx/s, if it ran. */
    public PointReport peak(String workload) {
        return points.stream().filter(p -> p.workload().equals(workload))
                .max((a, b) -> Double.compare(a.txPerSecond(), b.txPerSecond())).orElse(null);
    }
}
