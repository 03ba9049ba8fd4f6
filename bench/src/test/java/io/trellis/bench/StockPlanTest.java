package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StockPlanTest {

    @Test
    void a_point_needs_its_expected_calls_with_headroom_plus_one_per_client() {
        // 100 tx/s for 20 s, with half as much again: 3000 calls.
        assertThat(StockPlan.vouchersNeeded(100, Duration.ofSeconds(20), 32, 1)).isEqualTo(3000 + 32);
    }

    @Test
    void a_transfer_chain_serves_several_calls_per_voucher() {
        int perVoucher = StockPlan.transfersPerVoucher(10);

        assertThat(perVoucher).isEqualTo(8);
        assertThat(StockPlan.vouchersNeeded(100, Duration.ofSeconds(20), 32, perVoucher)).isEqualTo(375 + 32);
    }

    @Test
    void roots_are_split_into_99_so_a_stock_is_topped_up_in_steps_of_99() {
        assertThat(StockPlan.rootsFor(100, 0)).isEqualTo(2);
        assertThat(StockPlan.rootsFor(100, 1)).isEqualTo(1);
        assertThat(StockPlan.rootsFor(100, 500)).isZero();
    }
}
