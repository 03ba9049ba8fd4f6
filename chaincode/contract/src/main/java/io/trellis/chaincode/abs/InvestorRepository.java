package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.PoolHolding;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.List;

/**
 * What each investor holds and was paid, keyed by investor first so its portfolio is one range:
 * {@code abs-holding/<investorId>/<poolId>/<tranche>} and
 * {@code abs-payout/<investorId>/<poolId>/<paymentDate>/<tranche>/<kind>} (one payout per investor, tranche and kind
 * on a payment date). The deal keeps the authoritative holdings; these are its per-investor index.
 */
public final class InvestorRepository {
    static final String HOLDING = "abs-holding";
    static final String PAYOUT = "abs-payout";

    private final KeyedRecords<PoolHolding> holdings;
    private final KeyedRecords<InvestorPayout> payouts;

    public InvestorRepository(StateStore state) {
        this.holdings = new KeyedRecords<>(state, HOLDING, PoolHolding.class, ErrorCode.POOL_NOT_FOUND, "holding");
        this.payouts = new KeyedRecords<>(state, PAYOUT, InvestorPayout.class, ErrorCode.POOL_NOT_FOUND, "payout");
    }

    public void save(String poolId, Holding holding) {
        holdings.save(new PoolHolding(poolId, holding), holding.investorId(), poolId, holding.trancheClass().name());
    }

    public void save(InvestorPayout payout) {
        payouts.save(payout, payout.payout().investorId(), payout.poolId(), payout.paymentDate().toString(),
                payout.payout().trancheClass().name(), payout.payout().kind().name());
    }

    public List<PoolHolding> holdings(String investorId) {
        return holdings.list(investorId);
    }

    public List<InvestorPayout> payouts(String investorId) {
        return payouts.list(investorId);
    }
}
