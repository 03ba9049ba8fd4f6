package io.trellis.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./trellis bench stress} options: warm-up runs (untimed) and timed runs per row; about a minute in all on
 * 2 cores with the defaults.
 *
 * @param warmup warm-up runs of 10,000 paths on every core before anything is timed
 * @param runs   timed runs per row
 * @param out    JSON results
 * @param doc    the performance page to update, or null
 */
record StressBenchOptions(int warmup, int runs, Path out, Path doc) {
    static final String USAGE = "./trellis bench stress [--warmup 5] [--runs 20] [--out FILE] [--doc FILE | --no-doc]";

    static StressBenchOptions parse(String[] args, Path defaultOut) {
        int warmup = 5;
        int runs = 20;
        Path out = defaultOut;
        Path doc = Path.of("docs/performance.md");
        for (Map.Entry<String, String> pair : BenchOptions.options(args).entrySet()) {
            String option = pair.getKey();
            String value = pair.getValue();
            switch (option) {
                case BenchOptions.NO_DOC -> doc = null;
                case "--warmup" -> warmup = BenchOptions.whole(option, value, 0);
                case "--runs" -> runs = BenchOptions.positive(option, value);
                case "--out" -> out = Path.of(BenchOptions.required(option, value));
                case "--doc" -> doc = Path.of(BenchOptions.required(option, value));
                default -> throw new IllegalArgumentException("unknown option " + option + "; usage: " + USAGE);
            }
        }
        return new StressBenchOptions(warmup, runs, out, doc);
    }
}
