package io.trellis.bench;

import java.util.List;
import java.util.Map;

/** Made-up points for report tests. */
final class Points {

    private Points() {
    }

    static PointReport point(String workload, int clients, double txPerSecond) {
        CpuUsage cpu = new CpuUsage(1.9, 12.5, 0.05, List.of(
                new CpuUsage.ProcessCpu("peer-platform", 0.6, 4.0, 120),
                new CpuUsage.ProcessCpu("bench", 0.3, 2.5, 300),
                new CpuUsage.ProcessCpu("orderer0", 0.1, 0.7, 40)));
        ReadModelLag lag = workload.equals(BenchReport.BASELINE)
                ? ReadModelLag.notMeasured("emits no event")
                : new ReadModelLag(100, 100, 120.0, 480.0, null);
        return new PointReport(workload, clients, 2, 15, (long) (txPerSecond * 15), txPerSecond, 150, 400, 900, 6.5,
                3, 0.01, Map.of(), 0, null, lag, cpu);
    }
}
