package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.ScfWorld.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolCollection;
import io.trellis.chaincode.api.event.PoolCollectionRecorded;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The settlement hook: what SettlePayment pays to pooled vouchers is recorded as the pool's collection. */
class PoolCollectionTest {
    private final AbsWorld world = new AbsWorld();

    private SettlementOutcome pay(String paymentId, String obligorId, long fen) {
        return world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice(paymentId, obligorId, MATURITY, cny(fen), null))
                .as(SettlementOutcome.class);
    }

    /** Collection rows as stored, by payment id: one key per payment and pool. */
    private Map<String, PoolCollection> collections(String poolId) {
        SortedMap<String, byte[]> rows = world.scf.chain.ledger().state()
                .subMap("\u0000abs-collection\u0000" + poolId + "\u0000", "\u0000abs-collection\u0000" + poolId + "\u0001");
        return rows.values().stream().map(bytes -> JsonCodec.fromJson(bytes, PoolCollection.class))
                .collect(Collectors.toMap(PoolCollection::paymentId, c -> c));
    }

    @Test
    void a_payment_pays_pooled_vouchers_to_the_pool_and_other_vouchers_to_their_holder() {
        Voucher pooledA = world.voucher(CORE, 10_000_000, MATURITY);
        Pool pool = world.pool();
        world.add(pool.id(), pooledA, world.voucher(CORE2, 10_000_000, MATURITY),
                world.voucher(CORE3, 10_000_000, MATURITY)).as(Pool.class);
        Voucher unpooled = world.voucher(CORE, 5_000_000, MATURITY);
        world.scf.chain.ledger().setClock(AT_MATURITY);

        // CORE pays both of its vouchers of that maturity in one payment: 100,000.00 + 50,000.00.
        SettlementOutcome outcome = pay("PAY-CORE", CORE, 15_000_000);

        // Payouts are numbered in payment order, which is voucher id order.
        int pooledFirst = pooledA.id().compareTo(unpooled.id()) < 0 ? 1 : 2;
        assertThat(outcome.payouts()).containsExactlyInAnyOrder(
                payout(BANK, "PAY-CORE", pooledFirst, pooledA.id(), SECURITIES, pool.id(), 10_000_000),
                payout(BANK, "PAY-CORE", 3 - pooledFirst, unpooled.id(), TIER1, null, 5_000_000));
        PoolCollection collected = new PoolCollection(pool.id(), BANK, "PAY-CORE", cny(10_000_000),
                List.of(pooledA.id()), MATURITY, null);
        assertThat(collections(pool.id())).containsExactly(Map.entry("PAY-CORE", collected));
        assertThat(world.scf.lastEvents()).contains(new PoolCollectionRecorded(collected));
        assertThat(voucherNow(pooledA.id()).status()).isEqualTo(VoucherStatus.SETTLED);
    }

    @Test
    void settlements_of_different_pool_assets_write_different_keys_and_touch_neither_pool_nor_deal() {
        Pool pool = world.pool();
        world.add(pool.id(), world.voucher(CORE, 10_000_000, MATURITY), world.voucher(CORE2, 10_000_000, MATURITY),
                world.voucher(CORE3, 10_000_000, MATURITY)).as(Pool.class);
        var before = world.deal(pool.id());
        world.scf.chain.ledger().setClock(AT_MATURITY);

        pay("PAY-CORE", CORE, 10_000_000);
        // A short payment pays part of the voucher, which stays POOLED: the part is collected all the same.
        pay("PAY-CORE2", CORE2, 4_000_000);
        pay("PAY-CORE2", CORE2, 4_000_000);

        assertThat(collections(pool.id())).containsOnlyKeys("PAY-CORE", "PAY-CORE2");
        assertThat(collections(pool.id()).get("PAY-CORE2").amount()).isEqualTo(cny(4_000_000));
        var after = world.deal(pool.id());
        assertThat(after.pool()).isEqualTo(before.pool());
        assertThat(after.deal()).isEqualTo(before.deal());
        Voucher partlyPaid = voucherNow(after.assets().stream()
                .filter(e -> e.obligorId().equals(CORE2)).findFirst().orElseThrow().voucherId());
        assertThat(partlyPaid.status()).isEqualTo(VoucherStatus.POOLED);
        assertThat(partlyPaid.outstanding()).isEqualTo(cny(6_000_000));
    }

    /** A voucher as it is now, read by an auditor: CORE (AbsWorld#voucherNow) sees only the vouchers it owes. */
    private Voucher voucherNow(String id) {
        return world.submit(ScfWorld.AUDITOR, TxName.GET_VOUCHER, id).as(Voucher.class);
    }
}
