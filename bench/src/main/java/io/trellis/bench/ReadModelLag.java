package io.trellis.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * From a commit, as its client learnt of it, to scf-service's projection of the transaction's first event
 * ({@code projected_event.projected_at}, stamped inside the projecting database transaction).
 *
 * @param committed transactions of the window whose events were waited for
 * @param projected how many of them were projected before the wait ended
 * @param p50Ms     median lag
 * @param p99Ms     99th percentile lag
 * @param note      why there is no figure, or null
 */
public record ReadModelLag(int committed, int projected, Double p50Ms, Double p99Ms, String note) {

    static ReadModelLag notMeasured(String why) {
        return new ReadModelLag(0, 0, null, null, why);
    }

    /** Lags of the commits found in {@code projectedAt}; a commit still missing is counted, not guessed. */
    static ReadModelLag of(List<RunResult.Commit> commits, Map<String, Instant> projectedAt) {
        Latencies lags = new Latencies();
        for (RunResult.Commit commit : commits) {
            Instant projected = projectedAt.get(commit.transactionId());
            if (projected != null) {
                lags.add(Duration.between(commit.at(), projected).toNanos());
            }
        }
        if (lags.count() == 0) {
            return new ReadModelLag(commits.size(), 0, null, null, "no event projected yet");
        }
        String note = lags.count() < commits.size() ? "percentiles over the projected ones only" : null;
        return new ReadModelLag(commits.size(), lags.count(), Round.millis(lags.percentileNanos(50)),
                Round.millis(lags.percentileNanos(99)), note);
    }
}
