package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.Voucher;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettleNoticesTest {

    @Test
    void a_notice_pays_the_whole_root_as_its_obligor_through_the_designated_bank_in_the_documented_shape() {
        Money amount = Money.of(100_00, "CNY");
        Voucher root = new Voucher("CV0123456789ABCDEF0123", "CV0123456789ABCDEF0123", null, "CORE", "S0", amount,
                amount, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 8, 31), 1, null, List.of(), List.of(), List.of(),
                null, null, null, "now", 1);
        SettlementBatch batch = new SettlementBatch("BANK", "CORE", "T4G00", List.of(root));

        assertThat(SettleNotices.notice(batch, batch.paymentId(0), root)).isEqualTo(
                "{\"paymentId\":\"BENCH-T4G00-0\",\"bankId\":\"BANK\",\"payerId\":\"CORE\",\"amount\":\"100.00\","
                        + "\"currency\":\"CNY\",\"valueDate\":\"2026-08-31\","
                        + "\"reference\":{\"voucherId\":\"CV0123456789ABCDEF0123\"}}");
    }

    @Test
    void a_stuck_pipeline_is_given_up_on_after_a_minute_and_200_ms_a_notice() {
        assertThat(Benchmark.noticeTimeout(500)).isEqualTo(Duration.ofSeconds(160));
    }
}
