package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.event.PoolCreated;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pools: a securities firm creates one for an originator, who moves vouchers in (and out, until subscription opens). */
public final class PoolContract {

    private PoolContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.CREATE_POOL, PoolContract::create)
                .register(TxName.ADD_POOL_ASSETS, PoolContract::add)
                .register(TxName.REMOVE_POOL_ASSETS, PoolContract::remove);
    }

    static Pool create(TxContext ctx, String argument) {
        CreatePoolRequest request = Arguments.decode(argument, CreatePoolRequest.class);
        Party manager = ActingParty.withRole(ctx, PartyRole.SECURITIES_FIRM);
        List<AttestationKind> required = PoolRules.validate(request);
        PoolRules.requireOriginatorEligible(new PartyRepository(ctx.state()).get(request.originatorId()));
        Pool pool = PoolRules.create(Ids.fromTx("AP", ctx.txId()), manager.id(), request, required, ctx.timestamp());
        new PoolRepository(ctx.state()).save(pool);
        new DealRepository(ctx.state()).save(Deal.structuring(pool.id()));
        ctx.emit(new PoolCreated(pool));
        return pool;
    }

    /** The whole batch is checked against the criteria at once, then every voucher is locked in the pool. */
    static Pool add(TxContext ctx, String argument) {
        PoolAssetsRequest request = Arguments.decode(argument, PoolAssetsRequest.class);
        PoolRepository pools = new PoolRepository(ctx.state());
        Pool pool = editableBy(ctx, request, pools);
        PooledVouchers pooled = new PooledVouchers(ctx);
        List<Optional<Voucher>> named = pooled.find(request.voucherIds());
        List<PoolEntry> entries = new ArrayList<>(pools.entries(pool.id()));
        Viewer viewer = ActingParty.viewer(ctx);
        // A voucher the originator may not see is refused as missing: the refusal tells nothing of it.
        Eligibility.evaluate(pool.criteria(), pool.originatorId(), pool.cutOffDate(),
                        entries.stream().map(PoolAssets::of).toList(),
                        PoolCandidates.seenBy(viewer, pool, request.voucherIds(), named))
                .requireEligible();
        List<Voucher> additions = named.stream().map(Optional::orElseThrow).toList();
        additions.forEach(voucher -> entries.add(pooled.lock(pool, voucher)));
        Pool after = PoolRules.holding(pool, entries);
        pools.save(after);
        return after;
    }

    /** Before subscription opens the originator may take vouchers back; what stays must still meet concentration. */
    static Pool remove(TxContext ctx, String argument) {
        PoolAssetsRequest request = Arguments.decode(argument, PoolAssetsRequest.class);
        PoolRepository pools = new PoolRepository(ctx.state());
        Pool pool = editableBy(ctx, request, pools);
        List<PoolEntry> removed = request.voucherIds().stream().map(id -> pools.entry(pool.id(), id)).toList();
        Set<String> removedIds = new HashSet<>(request.voucherIds());
        List<PoolEntry> remaining = pools.entries(pool.id()).stream()
                .filter(e -> !removedIds.contains(e.voucherId())).toList();
        Eligibility.checkRemoval(pool.criteria(), remaining.stream().map(PoolAssets::of).toList());
        PooledVouchers pooled = new PooledVouchers(ctx);
        removed.forEach(pooled::release);
        Pool after = PoolRules.holding(pool, remaining);
        pools.save(after);
        return after;
    }

    /** The pool named, once the caller is shown to be its originator and its deal has not opened subscription. */
    private static Pool editableBy(TxContext ctx, PoolAssetsRequest request, PoolRepository pools) {
        Party caller = ActingParty.of(ctx);
        PoolRules.validate(request);
        Pool pool = pools.get(request.poolId());
        PoolRules.requireOriginator(pool, caller);
        DealLifecycle.requireStructureEditable(new DealRepository(ctx.state()).get(pool.id()).status());
        return pool;
    }
}
