package io.trellis.e2e;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.testing.ScfWorld;
import io.trellis.e2e.network.FabricScenarioLedger;
import io.trellis.e2e.network.Parallel;
import io.trellis.e2e.network.TestNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 32 financings approved at once against one credit line that fits exactly 32: every approval commits (read
 * conflicts on the line's slots are retried inside the ledger client, none reaches a caller), the line's used
 * amount is exact, and the 33rd is refused.
 */
class ConcurrentFinancingIT {
    private static final int FINANCINGS = 32;
    private static final long FACE = 10_000_00L;

    private final FabricScenarioLedger ledger = new FabricScenarioLedger(TestNetwork.shared());
    private final ScfWorld world = new ScfWorld(ledger);

    @Test
    void thirty_two_concurrent_approvals_against_one_line_all_commit_and_use_it_exactly() throws Exception {
        world.grantLine(BANK, FINANCINGS * FACE);
        world.grantLine(BANK2, FACE); // issuance room for one voucher more than BANK's line can finance
        List<Voucher> vouchers = Parallel.run(8, FINANCINGS + 1, i -> world.active(TIER1, FACE));
        List<Financing> applied = Parallel.run(8, FINANCINGS + 1, i -> world.applied(TIER1, vouchers.get(i).id(), BANK));

        List<Financing> approved = Parallel.run(FINANCINGS, FINANCINGS,
                i -> world.approve(BANK, applied.get(i).id(), new TermsOffer(450, TODAY)).as(Financing.class));

        assertThat(approved).extracting(Financing::status).containsOnly(FinancingStatus.APPROVED);
        assertThat(approved).extracting(Financing::id).doesNotHaveDuplicates().hasSize(FINANCINGS);
        CreditLineView line = world.submit(BANK, TxName.GET_CREDIT_LINE, new CreditLineKey(BANK, CORE)).as(CreditLineView.class);
        assertThat(line.used()).isEqualTo(cny(FINANCINGS * FACE));
        assertThat(line.available()).isEqualTo(cny(0));
        assertThat(world.approve(BANK, applied.get(FINANCINGS).id(), new TermsOffer(450, TODAY)).code())
                .isEqualTo(ErrorCode.CREDIT_LINE_EXCEEDED);
        System.out.printf("concurrent financing: %d approvals committed, %d read conflicts retried inside the client%n",
                FINANCINGS, ledger.retriedConflicts());
    }
}
