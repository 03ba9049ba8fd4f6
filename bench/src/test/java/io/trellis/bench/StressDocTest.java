package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StressDocTest {
    private final StressBenchReport report = new StressBenchReport("2026-11-30T18:00:00Z", 2, "25", "a pool", 7L, 5,
            20, "1.50", "2.25", new StressPoint(10_000, 2, 400, 500, 25_000),
            new StressPoint(10_000, 1, 700, 800, 14_285.7),
            new StressPoint(1_000, 2, 45, 60, 22_222.2));

    @Test
    void the_table_gives_every_row_against_the_single_thread_run_and_names_the_core_count() {
        String section = StressDoc.section(report);

        assertThat(section).contains("on **2 cores**", "seed 7",
                        "5 warm-up rounds, then 20 timed rounds, each running every row once in turn",
                        "load average was 1.50 before the timed rounds and 2.25 after")
                .contains("| 10,000 | 2 | 400 | 500 | 25,000 | 0.57 |")
                .contains("| 10,000 | 1 | 700 | 800 | 14,286 | 1.00 |")
                .contains("| 1,000 | 2 | 45 | 60 | 22,222 | 0.06 |")
                .contains("2 threads run the 10,000 paths 1.75 times as fast as one")
                .contains("under 2 s on 2 cores: met (p95 500 ms on 2 cores)");
    }

    @Test
    void a_p95_of_two_seconds_or_more_misses_the_target() {
        StressBenchReport slow = new StressBenchReport("t", 2, "25", "a pool", 7L, 5, 20, "1.50", "2.25",
                new StressPoint(10_000, 2, 1_900, 2_000, 5_263), report.singleThread(), report.tenth());

        assertThat(StressDoc.section(slow)).contains("**not met** (p95 2000 ms on 2 cores)");
    }

    @Test
    void the_stress_figures_replace_their_own_section_and_leave_the_network_figures_alone() {
        String page = "# Performance\n\n" + PerformanceDoc.BEGIN + "\nnetwork\n" + PerformanceDoc.END
                + "\n\n## Stress\n\n"
                + StressDoc.BEGIN + "\nold\n" + StressDoc.END + "\n\nAfter.\n";

        String updated = StressDoc.update(page, report);

        assertThat(updated).contains(PerformanceDoc.BEGIN + "\nnetwork\n" + PerformanceDoc.END)
                .doesNotContain("\nold\n")
                .contains("| 10,000 | 2 | 400 | 500 |")
                .endsWith(StressDoc.END + "\n\nAfter.\n");
    }
}
