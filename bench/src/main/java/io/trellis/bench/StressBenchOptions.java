package io.trellis.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./trellis bench stress} options: rounds of warm-up (untimed) and timed rounds, each round running every row
 * once in turn; under a minute in all on 2 cores with the defaults.
 *
 * @param warmup untimed rounds before the first timed one
 * @param runs   timed rounds: the runs each row's median and p95 are of
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
