package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.event.DealStatusChanged;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;

/**
 * The pool and deal a manager transaction works on, loaded once the caller is shown to be a securities firm and
 * the pool's manager.
 */
record ManagedDeal(TxContext ctx, Pool pool, Deal deal, DealRepository deals) {

    static ManagedDeal load(TxContext ctx, String poolId) {
        Party manager = ActingParty.withRole(ctx, PartyRole.SECURITIES_FIRM);
        PoolRules.requirePoolId(poolId);
        Pool pool = new PoolRepository(ctx.state()).get(poolId);
        PoolRules.requireManager(pool, manager);
        DealRepository deals = new DealRepository(ctx.state());
        return new ManagedDeal(ctx, pool, deals.get(poolId), deals);
    }

    /** Stores the changed deal; a change of status is announced. */
    Deal update(Deal after) {
        deals.save(after);
        if (after.status() != deal.status()) {
            ctx.emit(new DealStatusChanged(after.poolId(), deal.status(), after.status(), after.version()));
        }
        return after;
    }
}
