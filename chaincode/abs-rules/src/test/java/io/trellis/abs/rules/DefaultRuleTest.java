package io.trellis.abs.rules;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultRuleTest {
    private static final LocalDate MATURITY = LocalDate.of(2026, 3, 31);

    private static PoolAsset asset(String id, long fen, PoolAssetStatus status) {
        return new PoolAsset(id, "OBL-1", "SPV", cny(fen), MATURITY, status, "POOL-1");
    }

    @Test
    void an_unpaid_voucher_defaults_only_more_than_90_days_after_maturity() {
        PoolAsset overdue = asset("V1", 1_000, PoolAssetStatus.OVERDUE);

        assertThat(DefaultRule.defaulted(overdue, MATURITY.plusDays(90))).isFalse();
        assertThat(DefaultRule.defaulted(overdue, MATURITY.plusDays(91))).isTrue();
    }

    @Test
    void defaulted_principal_sums_the_outstanding_of_unsettled_vouchers_past_the_grace() {
        // As of maturity + 91 days: V1 1,000 and V2 2,500 are in default; V3 is settled, V4 owes nothing.
        List<PoolAsset> pool = List.of(
                asset("V1", 1_000, PoolAssetStatus.OVERDUE),
                asset("V2", 2_500, PoolAssetStatus.POOLED),
                asset("V3", 4_000, PoolAssetStatus.SETTLED),
                asset("V4", 0, PoolAssetStatus.OVERDUE));

        assertThat(DefaultRule.defaultedPrincipal(pool, MATURITY.plusDays(91), "CNY")).isEqualTo(cny(3_500));
        assertThat(DefaultRule.defaultedPrincipal(pool, MATURITY.plusDays(90), "CNY")).isEqualTo(cny(0));
    }
}
