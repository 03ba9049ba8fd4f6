package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadModelLagTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void lag_runs_from_the_commit_the_client_saw_to_the_projection() {
        List<RunResult.Commit> commits = new ArrayList<>();
        Map<String, Instant> projected = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            commits.add(new RunResult.Commit("tx" + i, 1, T0));
            projected.put("tx" + i, T0.plusMillis(i * 10L));
        }

        ReadModelLag lag = ReadModelLag.of(commits, projected);

        assertThat(lag).isEqualTo(new ReadModelLag(100, 100, 500.0, 990.0, null));
    }

    @Test
    void commits_not_projected_yet_are_counted_and_left_out_of_the_percentiles() {
        List<RunResult.Commit> commits = List.of(new RunResult.Commit("a", 1, T0), new RunResult.Commit("b", 1, T0));

        ReadModelLag lag = ReadModelLag.of(commits, Map.of("a", T0.plusMillis(40)));

        assertThat(lag.committed()).isEqualTo(2);
        assertThat(lag.projected()).isEqualTo(1);
        assertThat(lag.p99Ms()).isEqualTo(40.0);
        assertThat(lag.note()).isNotNull();
    }

    @Test
    void nothing_projected_gives_no_figure() {
        ReadModelLag lag = ReadModelLag.of(List.of(new RunResult.Commit("a", 1, T0)), Map.of());

        assertThat(lag.p50Ms()).isNull();
        assertThat(lag.projected()).isZero();
    }
}
