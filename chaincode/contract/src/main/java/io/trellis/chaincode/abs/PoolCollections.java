package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PoolCollection;
import io.trellis.chaincode.api.event.PoolCollectionRecorded;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.core.TxContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settlement hook: what a payment paid to pooled vouchers is the pool's cash, kept as one collection row per
 * payment and pool until a waterfall takes it.
 */
public final class PoolCollections {

    private PoolCollections() {
    }

    /** Records the pooled part of a payment's payouts; payouts to holders are left alone. */
    public static void record(TxContext ctx, String bankId, String paymentId, List<Payout> payouts) {
        CollectionRepository collections = new CollectionRepository(ctx.state());
        for (PoolCollection collection : of(bankId, paymentId, payouts, ctx.businessDate())) {
            collections.save(collection);
            ctx.emit(new PoolCollectionRecorded(collection));
        }
    }

    /** One collection per pool paid, by pool id, with the vouchers in payment order. */
    static List<PoolCollection> of(String bankId, String paymentId, List<Payout> payouts, LocalDate collectedOn) {
        Map<String, List<Payout>> byPool = new TreeMap<>();
        payouts.stream().filter(p -> p.poolId() != null)
                .forEach(p -> byPool.computeIfAbsent(p.poolId(), id -> new ArrayList<>()).add(p));
        List<PoolCollection> collections = new ArrayList<>();
        byPool.forEach((poolId, paid) -> collections.add(new PoolCollection(poolId, bankId, paymentId,
                paid.stream().map(Payout::amount).reduce(Money::plus).orElseThrow(),
                paid.stream().map(Payout::voucherId).toList(), collectedOn, null)));
        return List.copyOf(collections);
    }

    static Money total(List<PoolCollection> collections, String currency) {
        return collections.stream().map(PoolCollection::amount).reduce(Money.zero(currency), Money::plus);
    }
}
