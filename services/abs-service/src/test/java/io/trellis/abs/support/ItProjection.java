package io.trellis.abs.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the service under test a database schema and a consumer group of its own, on the stack's real PostgreSQL
 * and ledger-events topic: it reads the events committed while it runs (from the latest offset, not the topic's
 * whole history) into tables nobody else writes, and shares nothing with the stack's own abs-service. The schema is
 * dropped afterwards.
 */
public class ItProjection implements QuarkusTestResourceLifecycleManager {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "it_" + run;
    private final String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("POSTGRES_PORT", "5433")
            + "/trellis_abs";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.messaging.incoming.ledger-events.group.id", "abs-service-it-" + run,
                "mp.messaging.incoming.ledger-events.auto.offset.reset", "latest",
                "quarkus.datasource.jdbc.url", jdbcUrl + "?currentSchema=" + schema,
                "quarkus.flyway.schemas", schema,
                "quarkus.flyway.default-schema", schema);
    }

    @Override
    public void stop() {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "trellis", "trellis");
             Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }
}
