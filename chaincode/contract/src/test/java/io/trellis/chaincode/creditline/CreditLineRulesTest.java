package io.trellis.chaincode.creditline;

import static io.trellis.chaincode.testing.Rejections.codeOf;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineStatus;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditLineRulesTest {
    private static final CreditLine LINE = new CreditLine(CreditLine.idOf(BANK, CORE), BANK, CORE, cny(1_000), 32,
            CreditLineStatus.ACTIVE, "2026-03-02T08:00:00Z", 1);

    @Test
    void an_issuance_limit_that_would_overflow_is_a_typed_refusal_not_an_internal_error() {
        IssuanceLimit nearlyFull = new IssuanceLimit(CORE, cny(Long.MAX_VALUE - 500), 32, 7);

        assertThat(codeOf(() -> CreditLineRules.addToIssuance(Optional.of(nearlyFull), LINE)))
                .isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void a_revocation_gives_up_the_unused_part_only_as_far_as_issued_vouchers_allow() {
        IssuanceLimit limit = new IssuanceLimit(CORE, cny(1_000), 32, 3);

        assertThat(CreditLineRules.shrinkIssuanceAsFarAsUsed(limit, 700, 200).limit()).isEqualTo(cny(300));
        assertThat(CreditLineRules.shrinkIssuanceAsFarAsUsed(limit, 700, 500).limit()).isEqualTo(cny(500));
        assertThat(codeOf(() -> CreditLineRules.shrinkIssuance(limit, 700, 500)))
                .isEqualTo(ErrorCode.ISSUANCE_LIMIT_IN_USE);
    }

    @Test
    void a_reduction_keeps_the_currency_and_a_revocation_drops_the_limit_to_what_is_used() {
        assertThat(codeOf(() -> CreditLineRules.reduce(LINE, io.trellis.chaincode.api.Money.of(500, "USD"), 0)))
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertThat(CreditLineRules.revoke(LINE, 250)).isEqualTo(new CreditLine(LINE.id(), BANK, CORE, cny(250), 32,
                CreditLineStatus.REVOKED, LINE.grantedAt(), 2));
    }
}
