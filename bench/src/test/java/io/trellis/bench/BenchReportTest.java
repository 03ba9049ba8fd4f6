package io.trellis.bench;

import static io.trellis.bench.Points.point;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static BenchReport report(List<PointReport> points) {
        return new BenchReport("2026-11-30T09:00:00Z", "2026-11-30T09:08:00Z", 2, "100ms / 500 messages", 5, 15,
                points);
    }

    @Test
    void each_domain_workload_is_rated_against_the_baseline_of_the_same_client_count() {
        BenchReport r = report(List.of(point("heartbeat", 4, 40), point("heartbeat", 32, 120),
                point("register-party", 4, 36), point("register-party", 32, 90)));

        assertThat(r.points()).extracting(PointReport::ratioToBaseline).containsExactly(null, null, 0.9, 0.75);
    }

    @Test
    void without_a_baseline_at_that_client_count_there_is_no_ratio() {
        BenchReport r = report(List.of(point("heartbeat", 4, 40), point("apply-financing", 64, 50)));

        assertThat(r.points().get(1).ratioToBaseline()).isNull();
    }

    @Test
    void settle_notices_is_not_rated_and_the_rest_transfer_aims_at_seven_tenths() {
        BenchReport r = report(List.of(point("heartbeat", 1, 40), point("settle-notices", 1, 30),
                point("transfer-voucher-rest", 1, 30)));

        assertThat(r.points()).extracting(PointReport::ratioToBaseline).containsExactly(null, null, 0.75);
        assertThat(BenchReport.targetRatio("transfer-voucher-rest")).isEqualTo(0.7);
        assertThat(BenchReport.targetRatio("transfer-voucher")).isEqualTo(0.9);
        assertThat(PerformanceDoc.section(r))
                .contains("| transfer-voucher-rest ≥ 0.7 × minimal write | 0.75 to 0.75 | yes |")
                .doesNotContain("settle-notices ≥")
                .contains("settle-notices: 450 payment notices sent at once");
    }

    @Test
    void the_peak_is_the_point_with_the_most_transactions_per_second() {
        BenchReport r = report(List.of(point("heartbeat", 4, 40), point("heartbeat", 64, 150),
                point("heartbeat", 128, 140)));

        assertThat(r.peak("heartbeat").clients()).isEqualTo(64);
        assertThat(r.peak("transfer-voucher")).isNull();
    }
}
