package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.PoolAssetRemoved;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.voucher.VoucherRepository;
import io.trellis.chaincode.voucher.VoucherRules;
import java.util.List;
import java.util.Optional;

/**
 * Moves vouchers into and out of a pool, keeping the voucher (status, holder, pool id, indexes) and the pool's
 * entry in step, and reads the pool's vouchers as they are now.
 */
final class PooledVouchers {
    private final TxContext ctx;
    private final VoucherRepository vouchers;
    private final PoolRepository pools;

    PooledVouchers(TxContext ctx) {
        this.ctx = ctx;
        this.vouchers = new VoucherRepository(ctx.state());
        this.pools = new PoolRepository(ctx.state());
    }

    /** Locks an eligible voucher in the pool: POOLED, held by the manager for the pool. */
    PoolEntry lock(Pool pool, Voucher before) {
        Voucher after = VoucherRules.pool(before, pool.id(), pool.managerId());
        PoolEntry entry = PoolAssets.entry(pool.id(), before, ctx.businessDate());
        vouchers.update(before, after);
        pools.save(entry);
        ctx.emit(VoucherRules.changed(before, after));
        ctx.emit(new PoolAssetAdded(entry));
        return entry;
    }

    /** Gives a POOLED voucher back its status and holder from before and takes it out of the pool. */
    void release(PoolEntry entry) {
        Voucher before = vouchers.get(entry.voucherId());
        Voucher after = VoucherRules.release(before, entry.poolId(), entry.previousStatus(), entry.previousHolderId());
        vouchers.update(before, after);
        pools.delete(entry);
        ctx.emit(VoucherRules.changed(before, after));
        ctx.emit(new PoolAssetRemoved(entry.poolId(), entry.voucherId()));
    }

    List<Voucher> load(List<String> voucherIds) {
        return voucherIds.stream().map(vouchers::get).toList();
    }

    /** Each named voucher, empty where none exists. */
    List<Optional<Voucher>> find(List<String> voucherIds) {
        return voucherIds.stream().map(vouchers::find).toList();
    }

    /** The pool's vouchers as they are now (outstanding, status), by voucher id. */
    List<PoolAsset> current(String poolId) {
        return pools.entries(poolId).stream().map(e -> PoolAssets.of(vouchers.get(e.voucherId()))).toList();
    }
}
