package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StressBenchOptionsTest {
    private static final Path OUT = Path.of("bench/results/stress.json");

    @Test
    void defaults_are_five_warm_up_runs_and_twenty_timed_runs_written_to_the_performance_page() {
        assertThat(StressBenchOptions.parse(new String[0], OUT))
                .isEqualTo(new StressBenchOptions(5, 20, OUT, Path.of("docs/performance.md")));
    }

    @Test
    void options_override_the_defaults() {
        assertThat(StressBenchOptions.parse(new String[] {"--warmup", "0", "--runs", "3", "--no-doc"}, OUT))
                .isEqualTo(new StressBenchOptions(0, 3, OUT, null));
    }

    @Test
    void a_run_count_below_one_or_an_unknown_option_is_refused() {
        assertThatThrownBy(() -> StressBenchOptions.parse(new String[] {"--runs", "0"}, OUT))
                .hasMessageContaining("--runs must be at least 1");
        assertThatThrownBy(() -> StressBenchOptions.parse(new String[] {"--paths", "5"}, OUT))
                .hasMessageContaining("unknown option --paths");
    }
}
