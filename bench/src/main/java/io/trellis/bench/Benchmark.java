package io.trellis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The points of a run: at each client count, each workload in turn, the baseline first so that the voucher
 * workloads' stock can be sized from its rate. Each point's CPU is read at its window's edges; its read-model
 * lag is measured while the projection catches up, before the next point starts.
 */
final class Benchmark {
    private static final Logger LOG = Logger.getLogger(Benchmark.class.getName());
    /** Rate to size stock for when the baseline has not run at that client count. */
    private static final double UNKNOWN_RATE = 250;

    private final BenchOptions options;
    private final Workloads workloads;
    private final LoadRunner runner;
    private final StackProcesses processes;
    private final ReadModelProbe readModel;
    private final int maxAttempts;

    Benchmark(BenchOptions options, Workloads workloads, LoadRunner runner, StackProcesses processes,
            ReadModelProbe readModel, int maxAttempts) {
        this.options = options;
        this.workloads = workloads;
        this.runner = runner;
        this.processes = processes;
        this.readModel = readModel;
        this.maxAttempts = maxAttempts;
    }

    List<PointReport> run(Consumer<List<PointReport>> progress) throws InterruptedException {
        List<PointReport> points = new ArrayList<>();
        Map<Integer, Double> baselineRates = new HashMap<>();
        for (int clients : options.clients()) {
            for (String name : options.workloads()) {
                double expected = baselineRates.getOrDefault(clients,
                        baselineRates.values().stream().max(Double::compare).orElse(UNKNOWN_RATE));
                PointReport point = measure(workloads.prepare(name, clients, expected), clients);
                if (name.equals(BenchReport.BASELINE)) {
                    baselineRates.put(clients, point.txPerSecond());
                }
                points.add(point);
                progress.accept(List.copyOf(points));
            }
        }
        return points;
    }

    private PointReport measure(Workload workload, int clients) throws InterruptedException {
        CpuWindow cpu = new CpuWindow(processes);
        RunResult run = runner.run(workload, clients, options.warmup(), options.window(), cpu);
        ReadModelLag lag = workload.projected()
                ? readModel.await(run.commits(), options.settle())
                : ReadModelLag.notMeasured("emits no event");
        PointReport point = PointReport.of(workload.name(), clients, run, maxAttempts, lag, cpu.usage(run.window(), run.committed()));
        LOG.info(point.summary());
        return point;
    }
}
