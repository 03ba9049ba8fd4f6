package io.trellis.bench;

import io.trellis.abs.stress.SamplePool;
import io.trellis.abs.stress.StressEngine;
import io.trellis.abs.stress.StressRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code ./trellis bench stress}: times the ABS stress test (abs-rules, no network) on {@link SamplePool}: 10,000
 * paths on every core against the same paths on one thread and against 1,000 paths, in one JVM after a warm-up.
 * Prints the JSON, keeps it in bench/results/stress-*.json and updates docs/performance.md's stress figures.
 */
final class StressBenchMain {
    private static final int PATHS = 10_000;

    private StressBenchMain() {
    }

    static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(StressBenchOptions.USAGE);
            return;
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StressBenchOptions options = StressBenchOptions.parse(args, Path.of("bench/results", "stress-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + ".json"));
        int cores = Runtime.getRuntime().availableProcessors();
        List<Row> rows = List.of(new Row(SamplePool.request(PATHS), cores), new Row(SamplePool.request(PATHS), 1),
                new Row(SamplePool.request(PATHS / 10), cores));
        // The rows take turns, in the warm-up and in every timed round: the JIT's progress and whatever else the
        // machine is doing weigh on each row alike.
        for (int i = 0; i < options.warmup(); i++) {
            rows.forEach(Row::run);
        }
        String loadBefore = loadAverage();
        for (int i = 0; i < options.runs(); i++) {
            rows.forEach(row -> row.times.add(row.run()));
        }
        StressBenchReport report = new StressBenchReport(started.toString(), cores, Runtime.version().toString(),
                SamplePool.DESCRIPTION, SamplePool.SEED, options.warmup(), options.runs(), loadBefore, loadAverage(),
                rows.get(0).point(), rows.get(1).point(), rows.get(2).point());
        String json = BenchMain.write(options.out(), report);
        if (options.doc() != null) {
            String page = Files.exists(options.doc()) ? Files.readString(options.doc()) : null;
            Files.writeString(options.doc(), StressDoc.update(page, report));
        }
        System.out.println(json);
        System.out.print(StressDoc.section(report));
    }

    /** The 1-minute load average (Linux), "?" elsewhere: how busy the machine was with this run and anything else. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** One configuration: its request, an engine with its thread count, and the wall times of its runs. */
    private record Row(StressRequest request, StressEngine engine, int threads, Latencies times) {
        Row(StressRequest request, int threads) {
            this(request, new StressEngine(threads), threads, new Latencies());
        }

        long run() {
            long start = System.nanoTime();
            engine.run(request);
            return System.nanoTime() - start;
        }

        StressPoint point() {
            return StressPoint.of(request.scenario().paths(), threads, times);
        }
    }
}
