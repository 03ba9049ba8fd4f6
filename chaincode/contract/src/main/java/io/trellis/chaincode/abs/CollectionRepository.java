package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.PoolCollection;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.time.LocalDate;
import java.util.List;

/**
 * Cash paid into pools under {@code abs-collection/<poolId>/<bankId>/<paymentId>}. Settlement only writes new keys, blind:
 * it reads nothing of the ABS, so settlements of different pool assets never conflict here. The range is read
 * only when a deal issues or a payment date runs (a settlement committing meanwhile makes that run retry).
 */
public final class CollectionRepository {
    static final String COLLECTION = "abs-collection";

    private final KeyedRecords<PoolCollection> collections;

    public CollectionRepository(StateStore state) {
        this.collections = new KeyedRecords<>(state, COLLECTION, PoolCollection.class, ErrorCode.POOL_NOT_FOUND,
                "collection");
    }

    public void save(PoolCollection collection) {
        collections.save(collection, collection.poolId(), collection.bankId(), collection.paymentId());
    }

    /** Collections no waterfall has distributed yet, by bank and payment id. */
    public List<PoolCollection> pending(String poolId) {
        return collections.list(poolId).stream().filter(c -> c.takenOn() == null).toList();
    }

    /** Marks {@code taken} as distributed on {@code date}, so no later payment date counts them again. */
    public void take(List<PoolCollection> taken, LocalDate date) {
        taken.forEach(c -> save(c.taken(date)));
    }
}
