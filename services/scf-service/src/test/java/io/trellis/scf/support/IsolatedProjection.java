package io.trellis.scf.support;

import io.trellis.testing.projection.IsolatedReadModel;
import io.trellis.testing.projection.RelayedLedger;

/**
 * scf-service under test with a ledger-events topic, a consumer group and a database schema of its own: what the
 * tests publish ({@link RelayedLedger}) and project never reaches the platform's real topic or read model.
 */
public class IsolatedProjection extends IsolatedReadModel {
    public IsolatedProjection() {
        super("scf-service", "trellis_scf", Events.OWN_TOPIC);
    }
}
