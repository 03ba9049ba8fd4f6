package io.trellis.bench;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.wiring.FabricConfig;
import io.trellis.ledger.wiring.LedgerAssembly;
import io.trellis.ledger.wiring.OperatorWallet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * {@code ./trellis bench [--clients N] [--seconds S] [--warmup S] [--out FILE]}: a warm-up, then the
 * baseline workload for a fixed time; prints one line and writes the same as JSON.
 */
public final class BenchMain {
    private static final Logger LOG = Logger.getLogger(BenchMain.class.getName());

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        FabricConfig config = LedgerAssembly.standaloneConfig();
        try (PeerConnections peers = LedgerAssembly.peers(config);
             GatewayContractSource contracts = LedgerAssembly.contracts(peers, config)) {
            LedgerClient ledger = LedgerAssembly.client(contracts, config);
            Instant started = Instant.now();
            Workload baseline = new RegisterPartyWorkload(new OperatorWallet(config).operatorOf(Org.PLATFORM),
                    RegisterPartyWorkload.runTag(started.getEpochSecond()));
            LoadRunner runner = new LoadRunner(ledger);
            LOG.info("warming up for " + options.warmup().toSeconds() + "s");
            runner.run(baseline, options.clients(), options.warmup());
            RunResult run = runner.run(baseline, options.clients(), options.duration());
            BenchReport report = BenchReport.of(baseline.name(), options.clients(), run, started.toString());
            LOG.info(report.summary());
            write(options.out(), report);
        }
    }

    private static void write(Path out, BenchReport report) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, JsonCodec.toJson(report) + "\n");
    }

    /** Command-line options with their defaults. */
    record BenchOptions(int clients, Duration duration, Duration warmup, Path out) {

        static BenchOptions parse(String[] args) {
            int clients = 32;
            Duration duration = Duration.ofSeconds(60);
            Duration warmup = Duration.ofSeconds(10);
            Path out = Path.of("bench/results/latest.json");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--clients" -> clients = positive(args[i], value);
                    case "--seconds" -> duration = Duration.ofSeconds(positive(args[i], value));
                    case "--warmup" -> warmup = Duration.ofSeconds(positive(args[i], value));
                    case "--out" -> out = Path.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            return new BenchOptions(clients, duration, warmup, out);
        }

        private static String required(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static int positive(String option, String value) {
            int n;
            try {
                n = Integer.parseInt(required(option, value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got " + value);
            }
            if (n < 1) {
                throw new IllegalArgumentException(option + " must be at least 1");
            }
            return n;
        }
    }
}
