package io.trellis.bench;

import static io.trellis.bench.Points.point;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceDocTest {
    private final BenchReport report = new BenchReport("2026-11-30T09:00:00Z", "2026-11-30T09:08:00Z", 2,
            "100ms / 500 messages", 5, 15, List.of(point("heartbeat", 4, 40), point("heartbeat", 64, 210),
            point("transfer-voucher", 4, 38), point("transfer-voucher", 64, 180)));

    @Test
    void the_generated_section_replaces_the_old_one_and_keeps_the_written_text_around_it() {
        String page = "# Performance\n\nMethod.\n\n" + PerformanceDoc.BEGIN + "\nold figures\n" + PerformanceDoc.END
                + "\n\n## Analysis\n\nWritten by hand.\n";

        String updated = PerformanceDoc.update(page, report);

        assertThat(updated).startsWith("# Performance\n\nMethod.\n\n" + PerformanceDoc.BEGIN)
                .endsWith(PerformanceDoc.END + "\n\n## Analysis\n\nWritten by hand.\n")
                .doesNotContain("old figures")
                .contains("| transfer-voucher | 64 | 180.0 | 0.86 | 150 | 400 | 900 | 6.5 | 1.00% |");
    }

    @Test
    void a_page_without_markers_gets_the_section_appended_and_a_missing_page_is_made() {
        assertThat(PerformanceDoc.update("# Notes\n", report)).startsWith("# Notes\n\n" + PerformanceDoc.BEGIN);
        assertThat(PerformanceDoc.update(null, report)).startsWith("# Trellis performance")
                .contains(PerformanceDoc.END);
    }

    @Test
    void every_table_names_the_core_count() {
        String section = PerformanceDoc.section(report);

        assertThat(section).contains("**2 cores**", "Throughput and latency (2 cores)", "CPU per process (2 cores)",
                "Against the targets (2 cores)");
    }

    @Test
    void targets_are_judged_from_the_figures() {
        String section = PerformanceDoc.section(report);

        assertThat(section).contains("| minimal write ≥ 200 tx/s | 210.0 tx/s at 64 clients | yes |")
                .contains("| transfer-voucher ≥ 0.9 × minimal write | 0.86 to 0.95 | **no** |")
                .contains("| load client < 2 ms CPU per tx | up to 2.50 ms | **no** |")
                .contains("| read-model lag p99 < 1 s | up to 480 ms | yes |");
    }

    @Test
    void the_cpu_table_puts_the_network_first_and_shows_cores_and_ms_per_transaction() {
        String section = PerformanceDoc.section(report);

        assertThat(section).contains("| workload | clients | machine | peer-platform | orderer0 | bench | other |")
                .contains("| heartbeat | 4 | 1.90 / 12.50 | 0.60 / 4.00 | 0.10 / 0.70 | 0.30 / 2.50 | 0.05 |");
    }
}
