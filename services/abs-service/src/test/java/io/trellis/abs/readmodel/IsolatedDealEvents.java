package io.trellis.abs.readmodel;

import io.trellis.testing.projection.IsolatedReadModel;
import io.trellis.testing.projection.RelayedLedger;

/**
 * abs-service under test with a ledger-events topic, a consumer group and a database schema of its own: the events
 * a test publishes as the relay would ({@link RelayedLedger}) reach only it, never the stack's abs-service or the
 * other services.
 */
public class IsolatedDealEvents extends IsolatedReadModel {
    public IsolatedDealEvents() {
        super("abs-service", "trellis_abs", Events.OWN_TOPIC);
    }
}
