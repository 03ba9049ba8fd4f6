package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pools under {@code abs-pool/<poolId>} and their vouchers under {@code abs-pool-asset/<poolId>/<voucherId>}, read
 * by one range when eligibility, defaults or the see-through need the whole pool. Only the originator adds
 * entries, so the range is not contended.
 */
public final class PoolRepository {
    static final String POOL = "abs-pool";
    static final String ASSET = "abs-pool-asset";

    private final KeyedRecords<Pool> pools;
    private final KeyedRecords<PoolEntry> entries;

    public PoolRepository(StateStore state) {
        this.pools = new KeyedRecords<>(state, POOL, Pool.class, ErrorCode.POOL_NOT_FOUND, "pool");
        this.entries = new KeyedRecords<>(state, ASSET, PoolEntry.class, ErrorCode.POOL_ASSET_NOT_FOUND,
                key -> "voucher " + key.get(1) + " is not in pool " + key.get(0));
    }

    public Optional<Pool> find(String poolId) {
        return pools.find(poolId);
    }

    public Pool get(String poolId) {
        return pools.get(poolId);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public Pool get(String poolId, Predicate<? super Pool> visible) {
        return pools.get(visible, poolId);
    }

    public void save(Pool pool) {
        pools.save(pool, pool.id());
    }

    /** The pool's vouchers, by voucher id. */
    public List<PoolEntry> entries(String poolId) {
        return entries.list(poolId);
    }

    public PoolEntry entry(String poolId, String voucherId) {
        return entries.get(poolId, voucherId);
    }

    public void save(PoolEntry entry) {
        entries.save(entry, entry.poolId(), entry.voucherId());
    }

    public void delete(PoolEntry entry) {
        entries.delete(entry.poolId(), entry.voucherId());
    }
}
