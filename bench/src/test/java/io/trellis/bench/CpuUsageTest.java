package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuUsageTest {

    @Test
    void cores_and_ms_per_transaction_come_from_the_ticks_spent_in_the_window() {
        CpuSample before = new CpuSample(Map.of("peer-bank", 1000L, "bench", 200L), Map.of(),
                new MachineStat(5000, 20000));
        CpuSample after = new CpuSample(Map.of("peer-bank", 1500L, "bench", 300L), Map.of("peer-bank", 102400L),
                new MachineStat(5000 + 1800, 20000 + 2000));

        // 10 s window, 1000 transactions: 500 ticks = 5 s of CPU = 0.5 cores = 5 ms per transaction.
        CpuUsage usage = CpuUsage.between(before, after, Duration.ofSeconds(10), 1000);

        assertThat(usage.process("peer-bank")).isEqualTo(new CpuUsage.ProcessCpu("peer-bank", 0.5, 5.0, 100));
        assertThat(usage.process("bench").msPerTx()).isEqualTo(1.0);
        assertThat(usage.busyCores()).isEqualTo(1.8);
        assertThat(usage.msPerTx()).isEqualTo(18.0);
        assertThat(usage.otherCores()).isEqualTo(1.2);
        assertThat(usage.processes()).extracting(CpuUsage.ProcessCpu::name).containsExactly("peer-bank", "bench");
    }

    @Test
    void nothing_committed_is_no_cost_per_transaction_rather_than_a_division_by_zero() {
        CpuSample sample = new CpuSample(Map.of("orderer0", 10L), Map.of(), new MachineStat(1, 2));

        assertThat(CpuUsage.between(sample, sample, Duration.ofSeconds(1), 0).process("orderer0").msPerTx()).isZero();
    }
}
