package io.trellis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A whole benchmark run as written to bench/results/*.json and quoted by docs/performance.md.
 *
 * @param orderingBatch the orderer's batch as stack/trellis.env sets it (ORDERER_BATCH_TIMEOUT / ORDERER_BATCH_SIZE)
 * @param points        every point, each domain workload with its ratio to the baseline of the same client count
 */
public record BenchReport(String startedAt, String finishedAt, int cores, String orderingBatch, double warmupSeconds,
        double windowSeconds, List<PointReport> points) {
    public static final String BASELINE = "heartbeat";
    /** The issue's target for a domain workload: this share of the minimal write's rate at the same clients. */
    private static final double TARGET_RATIO = 0.9;
    /** A write through a service's REST API pays for HTTP, the token check and the service's own work too. */
    private static final Map<String, Double> TARGET_RATIOS = Map.of("transfer-voucher-rest", 0.7);
    /** Not compared with the baseline: not a client count of closed-loop callers (one burst through Kafka). */
    private static final Set<String> UNRATED = Set.of(SettleNotices.NAME);

    public BenchReport {
        points = withRatios(points);
    }

    private static List<PointReport> withRatios(List<PointReport> points) {
        List<PointReport> rated = new ArrayList<>();
        for (PointReport point : points) {
            Double ratio = point.workload().equals(BASELINE) || UNRATED.contains(point.workload()) ? null : points.stream()
                    .filter(p -> p.workload().equals(BASELINE) && p.clients() == point.clients() && p.txPerSecond() > 0)
                    .findFirst()
                    .map(baseline -> Round.two(point.txPerSecond() / baseline.txPerSecond()))
                    .orElse(null);
            rated.add(Objects.equals(ratio, point.ratioToBaseline()) ? point : point.withRatio(ratio));
        }
        return List.copyOf(rated);
    }

    /** The share of the baseline's rate that {@code workload} is to reach. */
    public static double targetRatio(String workload) {
        return TARGET_RATIOS.getOrDefault(workload, TARGET_RATIO);
    }

    /** The point of {@code workload} with the most tx/s, if it ran. */
    public PointReport peak(String workload) {
        return points.stream().filter(p -> p.workload().equals(workload))
                .max((a, b) -> Double.compare(a.txPerSecond(), b.txPerSecond())).orElse(null);
    }
}
