package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_are_nearest_rank_over_all_merged_clients() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 50; i++) {
            a.add(i * 1_000_000L);
            b.add((i + 50) * 1_000_000L);
        }

        Latencies all = Latencies.merge(List.of(a, b));

        assertThat(all.count()).isEqualTo(100);
        assertThat(all.percentileNanos(50)).isEqualTo(50_000_000L);
        assertThat(all.percentileNanos(95)).isEqualTo(95_000_000L);
        assertThat(all.percentileNanos(99)).isEqualTo(99_000_000L);
        assertThat(all.percentileNanos(100)).isEqualTo(100_000_000L);
    }

    @Test
    void a_single_sample_is_every_percentile_and_none_is_zero() {
        Latencies one = new Latencies();
        one.add(7);

        assertThat(one.percentileNanos(1)).isEqualTo(7);
        assertThat(one.percentileNanos(99)).isEqualTo(7);
        assertThat(new Latencies().percentileNanos(99)).isZero();
    }

    @Test
    void grows_past_its_initial_capacity() {
        Latencies many = new Latencies();
        for (int i = 0; i < 5000; i++) {
            many.add(i);
        }

        assertThat(many.count()).isEqualTo(5000);
        assertThat(many.percentileNanos(100)).isEqualTo(4999);
    }
}
