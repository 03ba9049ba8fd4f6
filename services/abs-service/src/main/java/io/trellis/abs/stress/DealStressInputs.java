package io.trellis.abs.stress;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.desk.problem.ProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's input from the deal as the caller read it on the ledger: the deal's own structure, measured against
 * the pool as it is now (as opening subscription measures it), and the pool's vouchers as they were pooled
 * (obligor, outstanding when added, maturity). Before issuance that is the pool the structure will be issued on;
 * afterwards the ledger's collections and waterfall state would be left out, so an issued deal is refused.
 */
final class DealStressInputs {
    private static final Set<DealStatus> BEFORE_ISSUANCE =
            EnumSet.of(DealStatus.STRUCTURING, DealStatus.SUBSCRIPTION_OPEN, DealStatus.ALLOCATED);

    private DealStressInputs() {
    }

    static StressRequest of(DealView view, StressScenario scenario) {
        Deal deal = view.deal();
        if (deal.structure() == null) {
            throw new ProblemException(ErrorCode.DEAL_STATE_CONFLICT, "deal " + deal.poolId()
                    + " has no structure yet: the stress test runs the deal's own tranches, fees and dates");
        }
        if (!BEFORE_ISSUANCE.contains(deal.status())) {
            throw new ProblemException(ErrorCode.DEAL_STATE_CONFLICT, "deal " + deal.poolId() + " is "
                    + deal.status() + ": the stress test runs before issuance");
        }
        DealStructure structure = deal.structure().withPoolPrincipal(view.pool().principal());
        List<StressVoucher> vouchers = view.assets().stream().map(DealStressInputs::voucher).toList();
        return new StressRequest(structure, vouchers, scenario);
    }

    private static StressVoucher voucher(PoolEntry entry) {
        return new StressVoucher(entry.voucherId(), entry.obligorId(), entry.principal(), entry.maturity());
    }
}
