package io.trellis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.wiring.FabricConfig;
import io.trellis.ledger.wiring.LedgerAssembly;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./trellis bench}: every workload at every client count against the running network (see
 * {@link BenchOptions}); prints the results as JSON, keeps them in bench/results/, and updates the figures in
 * docs/performance.md. {@code ./trellis bench stress} times the ABS stress test instead ({@link StressBenchMain}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("stress")) {
            StressBenchMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE + "\n" + StressBenchOptions.USAGE);
            return;
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchOptions options = BenchOptions.parse(args, Path.of("bench/results",
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + ".json"));
        FabricConfig config = LedgerAssembly.standaloneConfig();
        Path runDirectory = Path.of(System.getenv().getOrDefault("TRELLIS_RUN", ".trellis/run"));
        StackProcesses processes = StackProcesses.of(runDirectory);
        ReadModelProbe readModel = new ReadModelProbe(ReadModelProbe.Database.fromEnvironment());
        try (PeerConnections peers = LedgerAssembly.peers(config);
             GatewayContractSource contracts = LedgerAssembly.contracts(peers, config);
             Http http = new Http(options.clients().stream().max(Integer::compare).orElse(1));
             Keycloak keycloak = new Keycloak(http, Keycloak.localStack())) {
            var ledger = LedgerAssembly.client(contracts, config);
            PartyIdentities identities = new PartyIdentities(config);
            ScfDesk desk = new ScfDesk(http, ScfDesk.localStack());
            Workloads workloads = new Workloads(ledger, config.clockOffsetFile(), new OperatorWallet(config), identities, readModel,
                    new DeskParties(desk, keycloak, identities), desk, options, BenchIds.runTag(started.getEpochSecond()));
            Benchmark benchmark = new Benchmark(options, workloads, new LoadRunner(ledger), processes, readModel,
                    new SettleNotices(SettleNotices.localStack()), config.maxAttempts());
            // Written after every point, so that a run cut short still leaves what it measured.
            List<PointReport> points = benchmark.run(sofar -> write(options.out(), report(started, options, sofar)));
            BenchReport report = report(started, options, points);
            String json = write(options.out(), report);
            if (options.doc() != null) {
                String page = Files.exists(options.doc()) ? Files.readString(options.doc()) : null;
                Files.writeString(options.doc(), PerformanceDoc.update(page, report));
            }
            System.out.println(json);
        }
    }

    private static BenchReport report(Instant started, BenchOptions options, List<PointReport> points) {
        String batch = System.getenv().getOrDefault("ORDERER_BATCH_TIMEOUT", "?") + " / "
                + System.getenv().getOrDefault("ORDERER_BATCH_SIZE", "?") + " messages";
        return new BenchReport(started.toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Runtime.getRuntime().availableProcessors(), batch, options.warmup().toSeconds(),
                options.window().toSeconds(), points);
    }

    /** Pretty-printed for people; the content is exactly JsonCodec's. */
    static String write(Path out, Object report) {
        try {
            String json = new ObjectMapper().readTree(JsonCodec.toJson(report)).toPrettyString();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, json + "\n");
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
