package io.trellis.scf.voucher;

import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.PoolAssetRemoved;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records which pool holds a voucher. The voucher's own move to POOLED carries no pool id; these events, keyed by
 * pool, do.
 */
@ApplicationScoped
public class VoucherPoolProjector implements EventProjector {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PoolAssetAdded || event instanceof PoolAssetRemoved;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case PoolAssetAdded added -> add(added.entry());
            case PoolAssetRemoved removed ->
                    VoucherPool.deleteById(new VoucherPool.Key(removed.voucherId(), removed.poolId()));
            default -> throw new IllegalArgumentException(
                    "not a pool asset event: " + message.event().getClass().getSimpleName());
        }
    }

    private static void add(PoolEntry entry) {
        VoucherPool.Key key = new VoucherPool.Key(entry.voucherId(), entry.poolId());
        if (VoucherPool.findById(key) == null) {
            VoucherPool membership = new VoucherPool();
            membership.key = key;
            membership.addedOn = entry.addedOn();
            membership.persist();
        }
    }
}
