package io.trellis.scf.voucher;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.VoucherIssued;
import io.trellis.chaincode.api.event.VoucherPaid;
import io.trellis.chaincode.api.event.VoucherSplit;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.event.VoucherTransferred;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.ParkedEvents;
import io.trellis.desk.projection.RowProjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Keeps {@link VoucherView} in step with the vouchers on the ledger: issue, spend, status moves and payments. */
@ApplicationScoped
public class VoucherProjector implements EventProjector {
    private final RowProjection rows;
    private final ParkedEvents parked;

    VoucherProjector(RowProjection rows, ParkedEvents parked) {
        this.rows = rows;
        this.parked = parked;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof VoucherIssued || event instanceof VoucherSplit || event instanceof VoucherTransferred
                || event instanceof VoucherStatusChanged || event instanceof VoucherPaid;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case VoucherIssued issued -> create(issued.voucher(), message);
            case VoucherSplit split -> spend(split.parentId(), VoucherStatus.SPLIT, split.children(), message);
            case VoucherTransferred transferred ->
                    spend(transferred.parentId(), VoucherStatus.TRANSFERRED, List.of(transferred.child()), message);
            case VoucherStatusChanged changed -> moved(changed, message);
            case VoucherPaid paid -> paid(paid, message);
            default -> throw new IllegalArgumentException(
                    "not a voucher event: " + message.event().getClass().getSimpleName());
        }
    }

    private void moved(VoucherStatusChanged changed, LedgerEventMessage message) {
        rows.change(VoucherView.class, changed.voucherId(), changed.version(), message, view -> {
            view.status = changed.to().name();
            view.holderId = changed.holderId();
        });
    }

    private void paid(VoucherPaid paid, LedgerEventMessage message) {
        rows.change(VoucherView.class, paid.voucherId(), paid.version(), message, view -> {
            view.status = paid.status().name();
            view.outstandingMinor = paid.outstanding().minor();
        });
    }

    private void create(Voucher voucher, LedgerEventMessage message) {
        rows.create(voucher.id(), VoucherView.of(voucher, message), this);
    }

    /**
     * The parent is spent and its children created. The event carries no version for the parent: spending adds
     * one to it, and a spent voucher never changes again, so nothing later can be compared with it.
     */
    private void spend(String parentId, VoucherStatus spent, List<Voucher> children, LedgerEventMessage message) {
        VoucherView parent = VoucherView.findById(parentId);
        if (parent == null) {
            parked.park(parentId, message);
            return;
        }
        if (!parent.status.equals(spent.name())) {
            parent.status = spent.name();
            parent.stamp(message, parent.version + 1);
        }
        children.forEach(child -> create(child, message));
    }
}
