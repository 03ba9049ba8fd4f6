package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheQuery;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.party.PartyRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ABS shows: a deal with everything recorded on it, an investor's portfolio, the assets behind a tranche;
 * and whether vouchers may join a pool ({@link PoolEligibilityQuery}).
 */
public final class AbsQueryContract {

    private AbsQueryContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.GET_DEAL, AbsQueryContract::deal)
                .register(TxName.GET_INVESTOR_PORTFOLIO, AbsQueryContract::portfolio)
                .register(TxName.GET_TRANCHE_ASSETS, AbsQueryContract::trancheAssets)
                .register(TxName.CHECK_POOL_ELIGIBILITY, PoolEligibilityQuery::report);
    }

    static DealView deal(TxContext ctx, String argument) {
        String poolId = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        PoolRules.requirePoolId(poolId);
        DealRepository deals = new DealRepository(ctx.state());
        PoolRepository pools = new PoolRepository(ctx.state());
        SeenDeal seen = SeenDeal.load(viewer, poolId, pools, deals);
        DealView view = new DealView(seen.pool(), seen.deal(), pools.entries(poolId), seen.appointments(),
                deals.attestations(poolId), deals.ratings(poolId), deals.reports(poolId));
        return Visibility.deal(viewer, view).orElseThrow();
    }

    /** An investor sees its own portfolio; its operator and auditors see any. */
    static InvestorPortfolio portfolio(TxContext ctx, String argument) {
        String investorId = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(investorId);
        Visibility.requirePortfolio(viewer, investorId);
        InvestorRepository investors = new InvestorRepository(ctx.state());
        return new InvestorPortfolio(investorId, investors.holdings(investorId), investors.payouts(investorId));
    }

    /** See-through: every tranche is backed by the whole pool, so its vouchers now and the obligors who owe them. */
    static TrancheSeeThrough trancheAssets(TxContext ctx, String argument) {
        TrancheQuery query = Arguments.decode(argument, TrancheQuery.class);
        Viewer viewer = ActingParty.viewer(ctx);
        PoolRules.requirePoolId(query.poolId());
        Deal deal = SeenDeal.load(viewer, query.poolId(), new PoolRepository(ctx.state()),
                new DealRepository(ctx.state())).deal();
        TrancheTerms terms = Offering.structureOf(deal).tranche(query.trancheClass())
                .orElseThrow(() -> new ChaincodeException(ErrorCode.TRANCHE_NOT_FOUND,
                        "the deal has no " + query.trancheClass() + " tranche"));
        TrancheBalance balance = deal.waterfall() == null ? null : deal.waterfall().tranches().stream()
                .filter(t -> t.trancheClass() == terms.trancheClass()).findFirst().orElse(null);
        List<PoolAsset> assets = new PooledVouchers(ctx).current(query.poolId());
        PartyRepository parties = new PartyRepository(ctx.state());
        return new TrancheSeeThrough(query.poolId(), terms, balance, assets,
                PoolAssets.exposures(assets, obligorId -> parties.get(obligorId).name()));
    }

    /**
     * The pool, its deal and its appointments, each read once, when the reader may see the deal; otherwise exactly
     * the error of a missing pool (the deal and appointments are read only once the pool is known to exist).
     */
    private record SeenDeal(Pool pool, Deal deal, List<ProviderAppointment> appointments) {

        static SeenDeal load(Viewer viewer, String poolId, PoolRepository pools, DealRepository deals) {
            List<SeenDeal> loaded = new ArrayList<>(1);
            pools.get(poolId, pool -> {
                SeenDeal parts = new SeenDeal(pool, deals.get(poolId), deals.appointments(poolId));
                loaded.add(parts);
                return Visibility.dealSight(viewer, pool, parts.deal().status(), parts.appointments()).any();
            });
            return loaded.get(0);
        }
    }
}
