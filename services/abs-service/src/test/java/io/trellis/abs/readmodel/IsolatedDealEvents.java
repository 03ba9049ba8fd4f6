package io.trellis.abs.readmodel;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A ledger-events topic, consumer group and database schema of the test's own, on the stack's real Kafka and
 * PostgreSQL: the events a test publishes as the relay would reach only the service under test, never the stack's
 * abs-service or the other services. Both are removed afterwards.
 */
public class IsolatedDealEvents implements QuarkusTestResourceLifecycleManager {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "trellis.it.abs-events." + run;
    private final String schema = "it_reads_" + run;
    private final Map<String, Object> kafka = Map.of("bootstrap.servers",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"));
    private final String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("POSTGRES_PORT", "5433")
            + "/trellis_abs";

    @Override
    public Map<String, String> start() {
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create " + topic + " on the local Kafka", e);
        }
        return Map.of(
                "mp.messaging.incoming.ledger-events.topic", topic,
                "mp.messaging.incoming.ledger-events.group.id", "abs-service-reads-" + run,
                "quarkus.datasource.jdbc.url", jdbcUrl + "?currentSchema=" + schema,
                "quarkus.flyway.schemas", schema,
                "quarkus.flyway.default-schema", schema);
    }

    @Override
    public void stop() {
        try (Admin admin = Admin.create(kafka)) {
            admin.deleteTopics(List.of(topic)).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot delete " + topic, e);
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl, "trellis", "trellis");
             Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }
}
