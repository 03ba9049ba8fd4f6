package io.trellis.e2e.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a chaincode story on the real network and, after it, checks that every event of every transaction
 * it committed reached Kafka exactly once and then scf-service's read model, and logs the lag from commit
 * to read model. Register it as a static field; build the world on {@link #ledger()}.
 */
public final class StoryOnNetwork implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final Logger LOG = Logger.getLogger(StoryOnNetwork.class.getName());
    private LedgerEventLog events;
    private FabricScenarioLedger ledger;

    /** A new ledger on the shared network for the story's world; the story's transactions are watched. */
    public FabricScenarioLedger ledger() {
        ledger = new FabricScenarioLedger(TestNetwork.shared());
        return ledger;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        events = LedgerEventLog.fromNow();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return;
        }
        Map<String, Integer> eventsPerTransaction = EventDelivery.assertEachEventOnce(events, ledger.committedTransactions());
        Map<String, Instant> projected = ReadModelProjection.awaitProjected(eventsPerTransaction, Duration.ofSeconds(60));
        Map<String, Instant> committed = ledger.commitTimes();
        List<Long> lagsMillis = projected.entrySet().stream()
                .map(e -> Math.max(0, Duration.between(committed.get(e.getKey()), e.getValue()).toMillis()))
                .sorted().toList();
        LOG.info(() -> String.format("%s: %d transactions, commit to read model p50 %d ms, p99 %d ms, max %d ms;"
                        + " %d read conflicts retried in the client", context.getDisplayName(), lagsMillis.size(),
                percentile(lagsMillis, 50), percentile(lagsMillis, 99), lagsMillis.get(lagsMillis.size() - 1),
                ledger.retriedConflicts()));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        events.close();
    }
}
