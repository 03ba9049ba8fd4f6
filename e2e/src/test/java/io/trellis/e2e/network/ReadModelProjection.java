package io.trellis.e2e.network;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * scf-service's read model as its database records it: every event it applied is claimed in
 * {@code projected_event} (transaction id, index) with the time it was applied, in the same database
 * transaction as the change it made.
 */
public final class ReadModelProjection {

    private ReadModelProjection() {
    }

    private static Connection connect() throws SQLException {
        String port = System.getenv().getOrDefault("POSTGRES_PORT", "5433");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/trellis_scf", "trellis", "trellis");
    }

    /**
     * Waits until every event of every transaction in {@code eventsPerTransaction} is projected; returns when
     * each transaction's last event was.
     */
    public static Map<String, Instant> awaitProjected(Map<String, Integer> eventsPerTransaction, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Instant> done = new HashMap<>();
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "select count(*), max(projected_at) from projected_event where transaction_id = ?")) {
            while (true) {
                for (var expected : eventsPerTransaction.entrySet()) {
                    if (done.containsKey(expected.getKey())) {
                        continue;
                    }
                    query.setString(1, expected.getKey());
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        if (row.getInt(1) == expected.getValue()) {
                            done.put(expected.getKey(), row.getTimestamp(2).toInstant());
                        }
                    }
                }
                if (done.size() == eventsPerTransaction.size()) {
                    return done;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError((eventsPerTransaction.size() - done.size()) + " of "
                            + eventsPerTransaction.size() + " transactions not projected into the read model after " + timeout);
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read scf-service's read model", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
