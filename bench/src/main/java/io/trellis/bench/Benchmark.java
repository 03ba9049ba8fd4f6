package io.trellis.bench;

import java.time.Duration;
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
    /** Clients of the priming run, enough to put every code path through the JIT compilers. */
    private static final int PRIMING_CLIENTS = 32;
    /** Busy cores of an idle stack (its background work) stay below this; more means someone else is working. */
    private static final double QUIET_CORES = 0.5;
    /** CPU outside the stack and the bench during a window (the kernel's own stays well below); more spoils it. */
    private static final double DISTURBED_CORES = 0.2;
    /** How often a disturbed point is measured again before its figures are kept anyway (and show the disturbance). */
    private static final int MAX_TRIES = 3;

    private final BenchOptions options;
    private final Workloads workloads;
    private final LoadRunner runner;
    private final StackProcesses processes;
    private final ReadModelProbe readModel;
    private final SettleNotices settleNotices;
    private final int maxAttempts;

    Benchmark(BenchOptions options, Workloads workloads, LoadRunner runner, StackProcesses processes,
            ReadModelProbe readModel, SettleNotices settleNotices, int maxAttempts) {
        this.options = options;
        this.workloads = workloads;
        this.runner = runner;
        this.processes = processes;
        this.readModel = readModel;
        this.settleNotices = settleNotices;
        this.maxAttempts = maxAttempts;
    }

    List<PointReport> run(Consumer<List<PointReport>> progress) throws InterruptedException {
        prime();
        List<PointReport> points = new ArrayList<>();
        Map<Integer, Double> baselineRates = new HashMap<>();
        for (int clients : options.clients()) {
            for (String name : options.workloads()) {
                if (name.equals(SettleNotices.NAME)) {
                    // One burst, whatever the client count: measured once, at the first.
                    if (clients == options.clients().getFirst()) {
                        points.add(measureNotices());
                        progress.accept(List.copyOf(points));
                    }
                    continue;
                }
                double expected = baselineRates.getOrDefault(clients,
                        baselineRates.values().stream().max(Double::compare).orElse(UNKNOWN_RATE));
                PointReport point = measureUndisturbed(name, clients, expected);
                if (name.equals(BenchReport.BASELINE)) {
                    baselineRates.put(clients, point.txPerSecond());
                }
                points.add(point);
                progress.accept(List.copyOf(points));
            }
        }
        return points;
    }

    /**
     * Runs every workload briefly, unmeasured: a chaincode server or peer restarted shortly before would
     * otherwise spend the first points compiling, and so would this JVM.
     */
    private void prime() throws InterruptedException {
        if (options.prime().isZero()) {
            return;
        }
        double rate = UNKNOWN_RATE;
        for (String name : options.workloads()) {
            if (name.equals(SettleNotices.NAME)) {
                continue;  // settlement-service is long-lived; a priming burst would cost as much setup as the point
            }
            Workload workload = workloads.prepare(name, PRIMING_CLIENTS, rate, options.prime());
            RunResult run = runner.run(workload, PRIMING_CLIENTS, Duration.ZERO, options.prime(),
                    LoadRunner.WindowListener.NONE);
            LOG.info(String.format("primed %s: %d committed, failed %s", name, run.committed(), run.failures()));
            // Rates measured so far size the stock of the later primings better than a guess.
            rate = Math.min(rate, Math.max(run.committedPerSecond(), 1));
            if (workload.projected()) {
                readModel.await(run.commits(), options.settle());
            }
        }
    }

    /** Waits (up to the settle time) until nothing else keeps the machine busy, so that points do not measure it. */
    private void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + options.settle().toNanos();
        double busy;
        while ((busy = processes.busyCoresOver(Duration.ofSeconds(1))) > QUIET_CORES) {
            if (System.nanoTime() > deadline) {
                LOG.warning(String.format("the machine is still busy (%.2f cores) without the benchmark; "
                        + "measuring anyway", busy));
                return;
            }
            LOG.info(String.format("waiting for the machine to quieten: %.2f cores busy", busy));
        }
    }

    /**
     * Measures a point; a window in which something else on the machine used CPU is measured again, since
     * that CPU was taken from the stack being measured.
     */
    private PointReport measureUndisturbed(String name, int clients, double expectedRate) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Workload workload = workloads.prepare(name, clients, expectedRate, options.warmup().plus(options.window()));
            PointReport point = measure(workload, clients);
            if (point.cpu().otherCores() <= DISTURBED_CORES || attempt == MAX_TRIES) {
                return point;
            }
            LOG.warning(String.format("%s at %d clients: %.2f cores went to other work during the window; "
                    + "measuring again", name, clients, point.cpu().otherCores()));
        }
    }

    /**
     * The settle-notices point: its setup, then one burst of notices, once (a second try would need a second
     * batch of mature vouchers); CPU from the first notice sent to the last instruction seen.
     */
    private PointReport measureNotices() throws InterruptedException {
        SettlementBatch batch = workloads.settlementBatch(options.notices());
        awaitQuiet();
        CpuWindow cpu = new CpuWindow(processes);
        RunResult run = settleNotices.run(batch, cpu, noticeTimeout(options.notices()));
        PointReport point = PointReport.of(SettleNotices.NAME, 1, run, maxAttempts,
                ReadModelLag.notMeasured("latency is to the payout instruction"), cpu.usage(run.window(),
                        run.committed()));
        LOG.info(point.summary());
        return point;
    }

    /** A minute, and 200 ms a notice: far beyond any rate seen, so only a stuck pipeline runs out of it. */
    static Duration noticeTimeout(int notices) {
        return Duration.ofSeconds(60).plusMillis(200L * notices);
    }

    private PointReport measure(Workload workload, int clients) throws InterruptedException {
        awaitQuiet();
        CpuWindow cpu = new CpuWindow(processes);
        RunResult run = runner.run(workload, clients, options.warmup(), options.window(), cpu);
        ReadModelLag lag = workload.projected()
                ? readModel.await(run.commits(), options.settle())
                : ReadModelLag.notMeasured("emits no event");
        CpuUsage usage = cpu.usage(run.window(), run.committed());
        PointReport point = PointReport.of(workload.name(), clients, run, maxAttempts, lag, usage);
        LOG.info(point.summary());
        return point;
    }
}
