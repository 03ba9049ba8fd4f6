package io.trellis.abs.rules;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BasisPointsTest {

    @Test
    void a_share_is_rounded_up_to_the_next_basis_point() {
        assertThat(BasisPoints.shareRoundedUp(cny(3_600_000), cny(12_000_000))).isEqualTo(3_000);
        // 3,600,001 / 12,000,001 = 30.000005...%: 3,001 bp, above a 3,000 bp limit as the exact test says.
        assertThat(BasisPoints.shareRoundedUp(cny(3_600_001), cny(12_000_001))).isEqualTo(3_001);
        assertThat(BasisPoints.shareRoundedUp(cny(1), cny(3))).isEqualTo(3_334);
        assertThat(BasisPoints.shareRoundedUp(cny(7), cny(7))).isEqualTo(10_000);
    }

    @Test
    void the_rounded_share_is_within_a_limit_exactly_when_the_exact_test_passes() {
        SplittableRandom random = new SplittableRandom(20_260_302);
        for (int i = 0; i < 10_000; i++) {
            long whole = random.nextLong(1, 10_000_000_000_000L);
            Money part = cny(random.nextLong(0, whole + 1));
            int limit = random.nextInt(0, BasisPoints.WHOLE + 1);

            boolean within = BasisPoints.shareRoundedUp(part, cny(whole)) <= limit;

            assertThat(within).as("%s of %d at %d bp", part, whole, limit)
                    .isEqualTo(!BasisPoints.exceeds(part, cny(whole), limit));
        }
    }
}
