package io.trellis.chaincode.abs;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.chaincode.api.event.DealStructured;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The manager structures a deal while it is STRUCTURING, and may cancel it until it is issued. */
public final class DealContract {

    private DealContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.SET_DEAL_STRUCTURE, DealContract::structure)
                .register(TxName.CANCEL_DEAL, DealContract::cancel);
    }

    /** The pool principal is the pool's own; it is measured again when subscription opens. */
    static Deal structure(TxContext ctx, String argument) {
        SetDealStructureRequest request = Arguments.decode(argument, SetDealStructureRequest.class);
        // A null item ([null, ...]) is the client's mistake: the structure's list copies would fail on it.
        if (hasNullItem(request.tranches()) || hasNullItem(request.paymentDates())) {
            throw ChaincodeException.invalid("tranches and paymentDates may not hold null items");
        }
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        DealLifecycle.requireStructureEditable(managed.deal().status());
        DealStructure structure = DealStructureRules.validate(new DealStructure(managed.pool().principal(),
                request.tranches(), request.feesPerPaymentDate(), request.issueDate(), request.paymentDates(),
                request.defaultTriggerBp()));
        Deal after = managed.update(managed.deal().withStructure(structure));
        ctx.emit(new DealStructured(after.poolId(), structure));
        return after;
    }

    /** A cancelled deal gives every voucher still POOLED back to the originator as it was. */
    static Deal cancel(TxContext ctx, String argument) {
        DealRequest request = Arguments.decode(argument, DealRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal after = managed.update(managed.deal().withStatus(
                DealLifecycle.transition(managed.deal().status(), DealStatus.CANCELLED)));
        PooledVouchers pooled = new PooledVouchers(ctx);
        PoolRepository pools = new PoolRepository(ctx.state());
        List<PoolEntry> entries = pools.entries(after.poolId());
        List<Voucher> vouchers = pooled.load(entries.stream().map(PoolEntry::voucherId).toList());
        // Settled or overdue vouchers stay on record: their cash or loss already belongs to the pool's history.
        List<PoolEntry> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (vouchers.get(i).status() == VoucherStatus.POOLED) {
                pooled.release(entries.get(i));
            } else {
                kept.add(entries.get(i));
            }
        }
        pools.save(PoolRules.holding(managed.pool(), kept));
        return after;
    }

    private static boolean hasNullItem(List<?> items) {
        return items != null && items.stream().anyMatch(Objects::isNull);
    }
}
