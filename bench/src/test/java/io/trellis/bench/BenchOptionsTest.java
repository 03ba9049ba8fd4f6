package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    private static final Path OUT = Path.of("bench/results/run.json");

    @Test
    void by_default_every_workload_runs_at_4_32_64_and_128_clients_within_about_ten_minutes() {
        BenchOptions options = BenchOptions.parse(new String[0], OUT);

        assertThat(options.clients()).containsExactly(4, 32, 64, 128);
        assertThat(options.workloads()).containsExactly("heartbeat", "register-party", "transfer-voucher",
                "transfer-voucher-rest", "apply-financing", "settle-notices");
        assertThat(options.notices()).isEqualTo(500);
        // settle-notices is one point, unprimed, at most its timeout (minutes only if the pipeline is stuck).
        Duration perPoint = options.warmup().plus(options.window());
        Duration measuring = perPoint.multipliedBy(20).plus(options.prime().multipliedBy(5));
        assertThat(measuring).isLessThanOrEqualTo(Duration.ofMinutes(9));
        assertThat(options.out()).isEqualTo(OUT);
        assertThat(options.doc()).isEqualTo(Path.of("docs/performance.md"));
    }

    @Test
    void durations_client_counts_and_workloads_can_be_chosen() {
        BenchOptions options = BenchOptions.parse(new String[] {"--clients", "8,16", "--seconds", "12", "--warmup", "3",
                "--workloads", "heartbeat,apply-financing", "--no-doc", "--out", "/tmp/x.json", "--prime", "0",
                "--notices", "50"}, OUT);

        assertThat(options.clients()).containsExactly(8, 16);
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(12));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.workloads()).containsExactly("heartbeat", "apply-financing");
        assertThat(options.doc()).isNull();
        assertThat(options.prime()).isZero();
        assertThat(options.notices()).isEqualTo(50);
        assertThat(options.out()).isEqualTo(Path.of("/tmp/x.json"));
    }

    @Test
    void mistakes_are_refused_with_a_message_not_run_with_a_guess() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--clients", "0"}, OUT))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--workloads", "ping"}, OUT))
                .hasMessageContaining("unknown workload");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--seconds"}, OUT))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--fast"}, OUT)).hasMessageContaining("usage");
    }
}
