package io.trellis.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads scf-service's read model (PostgreSQL) to see when transactions were projected. Waiting for a window's
 * transactions also lets the projection catch up before the next window, so windows do not share its work.
 */
final class ReadModelProbe {
    private static final String QUERY = """
            select transaction_id, projected_at from projected_event
            where event_index = 0 and transaction_id = any(?)""";

    /** Where scf-service keeps its read model; the same defaults and environment as its application.properties. */
    record Database(String url, String user, String password) {
        static Database fromEnvironment() {
            String port = System.getenv().getOrDefault("POSTGRES_PORT", "5433");
            return new Database("jdbc:postgresql://127.0.0.1:" + port + "/trellis_scf", "trellis", "trellis");
        }
    }

    private final Database database;

    ReadModelProbe(Database database) {
        this.database = database;
    }

    /** Waits up to {@code timeout} for every commit's first event to be projected, then measures the lags. */
    ReadModelLag await(List<RunResult.Commit> commits, Duration timeout) throws InterruptedException {
        if (commits.isEmpty()) {
            return ReadModelLag.notMeasured("nothing committed");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Instant> projected = new HashMap<>();
        Set<String> missing = new HashSet<>(commits.stream().map(RunResult.Commit::transactionId).toList());
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            while (true) {
                Map<String, Instant> found = projectedAt(connection, missing);
                projected.putAll(found);
                missing.removeAll(found.keySet());
                if (missing.isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            return ReadModelLag.notMeasured("read model not reachable: " + e.getMessage());
        }
        return ReadModelLag.of(commits, projected);
    }

    private static Map<String, Instant> projectedAt(Connection connection, Set<String> transactionIds)
            throws SQLException {
        Map<String, Instant> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            Array ids = connection.createArrayOf("varchar", transactionIds.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return found;
    }
}
