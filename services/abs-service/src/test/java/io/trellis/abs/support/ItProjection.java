package io.trellis.abs.support;

import io.trellis.testing.projection.IsolatedReadModel;

/**
 * abs-service under test with a database schema and a consumer group of its own on the stack's ledger-events topic:
 * it reads the events committed while it runs (from the latest offset, not the topic's whole history) into tables
 * nobody else writes, and shares nothing with the stack's own abs-service.
 */
public class ItProjection extends IsolatedReadModel {
    public ItProjection() {
        super("abs-service", "trellis_abs", Events.STACK_TOPIC_FROM_NOW);
    }
}
