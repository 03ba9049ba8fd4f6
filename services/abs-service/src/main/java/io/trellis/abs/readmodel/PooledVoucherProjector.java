package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.VoucherPaid;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.desk.projection.EventProjector;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * Follows the vouchers that have been pooled, for the see-through from a deal to its assets. A voucher's events are
 * keyed by the voucher, so its move to POOLED (in the transaction that pools it) comes before anything later; a
 * voucher's events before that, and those of vouchers never pooled, are not kept. The voucher's version orders
 * its events.
 */
@ApplicationScoped
public class PooledVoucherProjector implements EventProjector {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof VoucherStatusChanged || event instanceof VoucherPaid;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case VoucherStatusChanged changed -> moved(changed, message);
            case VoucherPaid paid -> change(paid.voucherId(), paid.version(), message, row -> {
                row.status = paid.status().name();
                row.outstandingMinor = paid.outstanding().minor();
            });
            default -> throw new IllegalArgumentException(
                    "not a voucher event: " + message.event().getClass().getSimpleName());
        }
    }

    private static void moved(VoucherStatusChanged changed, LedgerEventMessage message) {
        if (changed.to() == VoucherStatus.POOLED && PooledVoucherRow.findById(changed.voucherId()) == null) {
            PooledVoucherRow row = new PooledVoucherRow();
            row.id = changed.voucherId();
            row.status = changed.to().name();
            row.stamp(message, changed.version());
            row.persist();
            return;
        }
        change(changed.voucherId(), changed.version(), message, row -> row.status = changed.to().name());
    }

    /** Applies a later event to a pooled voucher's row; nothing for a voucher never pooled or an older event. */
    private static void change(String voucherId, long version, LedgerEventMessage message,
            Consumer<PooledVoucherRow> update) {
        PooledVoucherRow row = PooledVoucherRow.findById(voucherId);
        if (row != null && row.isOlderThan(version)) {
            update.accept(row);
            row.stamp(message, version);
        }
    }
}
