package io.trellis.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./trellis bench} options with their defaults: every workload at 4, 32, 64 and 128 clients, 5 s of
 * warm-up and a 15 s window each, after 20 s of priming per workload, and one point of 500 settled notices:
 * about 11 minutes in all on 2 cores.
 *
 * @param clients   client counts, each a point per workload
 * @param workloads workload names, run in this order at each client count
 * @param warmup    submitting before the window opens (not counted)
 * @param window    the measured window of each point
 * @param settle    longest wait for the read model to catch up after a point (its lag is measured meanwhile), and
 *                  for the machine to quieten before one
 * @param prime     unmeasured run of each workload before the first point, so that no point measures JIT compiling
 * @param suppliers supplier parties holding the voucher stock
 * @param notices   payment notices of the settle-notices point (measured once, not per client count)
 * @param out       JSON results
 * @param doc       the performance page to update, or null
 */
record BenchOptions(List<Integer> clients, List<String> workloads, Duration warmup, Duration window, Duration settle,
        Duration prime, int suppliers, int notices, Path out, Path doc) {
    static final List<String> WORKLOADS = List.of("heartbeat", "register-party", "transfer-voucher",
            "transfer-voucher-rest", "apply-financing", SettleNotices.NAME);
    static final String NO_DOC = "--no-doc";
    static final String USAGE = "./trellis bench [--clients 4,32,64,128] [--workloads " + String.join(",", WORKLOADS)
            + "] [--warmup 5] [--seconds 15] [--settle 60] [--prime 20] [--suppliers 8] [--notices 500] [--out FILE]"
            + " [--doc FILE | --no-doc]";

    BenchOptions {
        clients = List.copyOf(clients);
        workloads = List.copyOf(workloads);
    }

    static BenchOptions parse(String[] args, Path defaultOut) {
        List<Integer> clients = List.of(4, 32, 64, 128);
        List<String> workloads = WORKLOADS;
        Duration warmup = Duration.ofSeconds(5);
        Duration window = Duration.ofSeconds(15);
        Duration settle = Duration.ofSeconds(60);
        Duration prime = Duration.ofSeconds(20);
        int suppliers = 8;
        int notices = 500;
        Path out = defaultOut;
        Path doc = Path.of("docs/performance.md");
        for (Map.Entry<String, String> pair : options(args).entrySet()) {
            String option = pair.getKey();
            String value = pair.getValue();
            switch (option) {
                case NO_DOC -> doc = null;
                case "--clients" -> clients = Arrays.stream(required(option, value).split(","))
                        .map(v -> positive(option, v)).toList();
                case "--workloads" -> workloads = workloads(required(option, value));
                case "--warmup" -> warmup = Duration.ofSeconds(positive(option, value));
                case "--seconds" -> window = Duration.ofSeconds(positive(option, value));
                case "--settle" -> settle = Duration.ofSeconds(positive(option, value));
                case "--prime" -> prime = Duration.ofSeconds(whole(option, value, 0));
                case "--suppliers" -> suppliers = positive(option, value);
                case "--notices" -> notices = positive(option, value);
                case "--out" -> out = Path.of(required(option, value));
                case "--doc" -> doc = Path.of(required(option, value));
                default -> throw new IllegalArgumentException("unknown option " + option + "; usage: " + USAGE);
            }
        }
        return new BenchOptions(clients, workloads, warmup, window, settle, prime, suppliers, notices, out, doc);
    }

    /**
     * Each option with the value after it, in order ({@value #NO_DOC} takes none); a later value of the same option
     * wins. A missing value is null, for {@link #required} to refuse.
     */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            options.remove(option);
            options.put(option, option.equals(NO_DOC) ? null : ++i < args.length ? args[i] : null);
        }
        return options;
    }

    private static List<String> workloads(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).toList();
        names.stream().filter(name -> !WORKLOADS.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("unknown workload " + name + "; one of " + WORKLOADS);
        });
        return names;
    }

    static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    static int positive(String option, String value) {
        return whole(option, value, 1);
    }

    static int whole(String option, String value, int least) {
        int n;
        try {
            n = Integer.parseInt(required(option, value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + value);
        }
        if (n < least) {
            throw new IllegalArgumentException(option + " must be at least " + least);
        }
        return n;
    }
}
