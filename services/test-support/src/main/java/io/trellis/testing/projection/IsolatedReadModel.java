package io.trellis.testing.projection;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Gives a service under test read models of its own on the stack's real PostgreSQL and Kafka: a database schema
 * (Flyway migrates it at start) and a consumer group nobody else uses, so it shares nothing with the stack's own
 * instance of the service. Its events come from a topic of the test's own ({@link Events#OWN_TOPIC}, published with
 * {@link RelayedLedger}) or from the stack's relay from now on. What it created is removed afterwards.
 */
public abstract class IsolatedReadModel implements QuarkusTestResourceLifecycleManager {
    private static final String EVENTS = "mp.messaging.incoming.ledger-events.";

    /** Where the service under test reads ledger events. */
    protected enum Events {
        /** A topic of the test's own, created before the service starts: only what the test publishes. */
        OWN_TOPIC,
        /** The stack's topic from its latest offset: what the real network commits while the test runs. */
        STACK_TOPIC_FROM_NOW
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "trellis.it.ledger-events." + run;
    private final String schema = "it_" + run;
    private final Map<String, Object> kafka = Map.of("bootstrap.servers", "127.0.0.1:" + env("KAFKA_PORT", "9092"));
    private final String service;
    private final String jdbcUrl;
    private final Events events;

    /**
     * @param service  the service's name, the consumer group's prefix
     * @param database the service's database on the stack's PostgreSQL (the schema is made in it)
     */
    protected IsolatedReadModel(String service, String database, Events events) {
        this.service = service;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + env("POSTGRES_PORT", "5433") + "/" + database;
        this.events = events;
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(Map.of(
                EVENTS + "group.id", service + "-it-" + run,
                "quarkus.datasource.jdbc.url", jdbcUrl + "?currentSchema=" + schema,
                "quarkus.flyway.schemas", schema,
                "quarkus.flyway.default-schema", schema));
        if (events == Events.OWN_TOPIC) {
            try (Admin admin = Admin.create(kafka)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("cannot create " + topic + " on the local Kafka", e);
            }
            config.put(EVENTS + "topic", topic);
        } else {
            config.put(EVENTS + "auto.offset.reset", "latest");
        }
        return config;
    }

    @Override
    public void stop() {
        if (events == Events.OWN_TOPIC) {
            try (Admin admin = Admin.create(kafka)) {
                admin.deleteTopics(List.of(topic)).all().get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("cannot delete " + topic, e);
            }
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl, "trellis", "trellis");
             Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }
}
