package io.trellis.e2e.network;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a chaincode story on the real network and, after it, checks that every event of every transaction
 * it committed reached Kafka exactly once. Register it as a static field; build the world on {@link #ledger()}.
 */
public final class StoryOnNetwork implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
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
        if (context.getExecutionException().isEmpty()) {
            EventDelivery.assertEachEventOnce(events, ledger.committedTransactions());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        events.close();
    }
}
