package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.chaincode.testing.AbsWorld;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pools through the real transactions. Pool criteria: CNY, 30 to 365 days from the cut-off (2026-03-02) to
 * maturity, at most 40.00% per obligor, ACTIVE or FINANCED. Vouchers of 100,000.00 unless said otherwise.
 */
class PoolContractTest {
    private static final long FEN = 10_000_000;
    private final AbsWorld world = new AbsWorld();

    private Voucher active(String coreId) {
        return world.voucher(coreId, FEN, MATURITY);
    }

    /** A pool holding one voucher of each obligor, 33.3% each. */
    private Pool diversified(Voucher a, Voucher b, Voucher c) {
        Pool pool = world.pool();
        return world.add(pool.id(), a, b, c).as(Pool.class);
    }

    /** The rejected addition changed nothing: the voucher is as it was and the pool still empty. */
    private void assertUntouched(Pool pool, Voucher voucher) {
        assertThat(world.voucherNow(voucher.id())).isEqualTo(voucher);
        assertThat(world.deal(pool.id()).pool()).isEqualTo(pool);
    }

    @Test
    void an_addition_checks_the_real_vouchers_and_locks_them_in_the_pool_held_by_the_manager() {
        Voucher a = active(CORE);
        Voucher b = active(CORE2);
        Voucher c = active(CORE3);

        Pool pool = diversified(a, b, c);

        assertThat(pool.principal()).isEqualTo(cny(3 * FEN));
        assertThat(pool.assetCount()).isEqualTo(3);
        Voucher locked = world.voucherNow(a.id());
        assertThat(locked.status()).isEqualTo(VoucherStatus.POOLED);
        assertThat(locked.holderId()).isEqualTo(SECURITIES);
        assertThat(locked.poolId()).isEqualTo(pool.id());
        assertThat(world.deal(pool.id()).assets()).extracting(PoolEntry::voucherId)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(world.scf.lastEvents()).filteredOn(VoucherStatusChanged.class::isInstance).hasSize(3);
        assertThat(world.scf.lastEvents()).filteredOn(PoolAssetAdded.class::isInstance).hasSize(3);
        // The voucher indexes follow: listed under the manager and POOLED, no longer under the originator.
        assertThat(byHolder(SECURITIES)).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(byHolder(TIER1)).isEmpty();
        assertThat(byStatus(VoucherStatus.POOLED)).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
    }

    @Test
    void a_voucher_in_another_currency_is_refused() {
        Pool dollars = world.pool(new PoolCriteria("USD", 30, 365, 10_000, List.of(PoolAssetStatus.ACTIVE)));
        Voucher yuan = active(CORE);

        assertThat(world.add(dollars.id(), yuan).code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertUntouched(dollars, yuan);
    }

    @Test
    void a_voucher_that_is_not_active_or_financed_is_refused() {
        Pool pool = world.pool();
        Voucher issued = world.scf.issued(CORE, TIER1, FEN, MATURITY);

        assertThat(world.add(pool.id(), issued).code()).isEqualTo(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE);
        assertUntouched(pool, issued);
    }

    @Test
    void a_voucher_the_originator_may_not_see_is_refused_exactly_as_a_missing_one() {
        Pool pool = world.pool();
        Voucher tier2s = world.scf.active(CORE, TIER2, FEN, MATURITY);
        String missingId = "CV" + "0".repeat(20);

        ChaincodeError hidden = world.add(pool.id(), tier2s).error();
        ChaincodeError missing = world.submit(TIER1, TxName.ADD_POOL_ASSETS,
                new PoolAssetsRequest(pool.id(), List.of(missingId))).error();

        // Nothing of TIER2's voucher (its status, currency, maturity) shows in the refusal.
        assertThat(hidden.code()).isEqualTo(ErrorCode.VOUCHER_NOT_FOUND).isEqualTo(missing.code());
        assertThat(hidden.message().replace(tier2s.id(), missingId)).isEqualTo(missing.message());
        assertUntouched(pool, tier2s);
    }

    @Test
    void a_voucher_maturing_outside_the_window_is_refused() {
        Pool pool = world.pool();
        // 2026-03-02 to 2026-03-31 is 29 days, one short of the window.
        Voucher tooSoon = world.voucher(CORE, FEN, TODAY.plusDays(29));

        assertThat(world.add(pool.id(), tooSoon).code()).isEqualTo(ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW);
        assertUntouched(pool, tooSoon);
    }

    @Test
    void an_addition_that_leaves_an_obligor_above_the_limit_is_refused() {
        Pool pool = diversified(active(CORE), active(CORE2), active(CORE3));
        Voucher more = active(CORE);

        // CORE would owe 200,000.00 of 400,000.00: 50.00% > 40.00%.
        assertThat(world.add(pool.id(), more).code()).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        assertUntouched(pool, more);
    }

    @Test
    void a_voucher_is_never_in_two_pools() {
        Voucher a = active(CORE);
        Pool first = diversified(a, active(CORE2), active(CORE3));
        Pool second = world.pool();

        // Pooled, the voucher is the pool's (held by its manager): to the originator it is gone, as if missing.
        assertThat(world.add(second.id(), a, active(CORE2), active(CORE3)).code())
                .isEqualTo(ErrorCode.VOUCHER_NOT_FOUND);
        assertThat(world.add(first.id(), a).code()).isEqualTo(ErrorCode.ASSET_ALREADY_POOLED);
        assertThat(world.voucherNow(a.id()).poolId()).isEqualTo(first.id());
    }

    @Test
    void a_pooled_voucher_cannot_be_split_transferred_or_financed_by_anyone() {
        Voucher a = active(CORE);
        diversified(a, active(CORE2), active(CORE3));
        Voucher pooled = world.voucherNow(a.id());

        // The originator no longer holds it; the manager holding it is no supplier. The POOLED status locks it too
        // (VoucherRulesTest: a voucher that is not ACTIVE is neither split, transferred nor financed).
        for (String party : List.of(TIER1, SECURITIES)) {
            assertThat(world.submit(party, TxName.SPLIT_VOUCHER,
                    new SplitVoucherRequest(a.id(), List.of(cny(FEN / 2), cny(FEN / 2)))).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED);
            assertThat(world.submit(party, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(a.id(), TIER2)).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED);
            assertThat(world.submit(party, TxName.APPLY_FINANCING, new ApplyFinancingRequest(a.id(), BANK)).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED);
            assertThat(world.submit(party, TxName.ACCEPT_VOUCHER,
                    new VoucherDecision(a.id(), null)).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED);
        }
        assertThat(world.voucherNow(a.id())).isEqualTo(pooled);
    }

    @Test
    void before_subscription_opens_the_originator_takes_vouchers_back_as_they_were() {
        Voucher a = active(CORE);
        Voucher b = active(CORE2);
        Voucher c = active(CORE3);
        Voucher d = active(CORE);
        Voucher e = active(CORE2);
        Pool pool = diversified(a, b, c);
        world.add(pool.id(), d, e).as(Pool.class);

        // Without d and e the pool is back to a, b and c at 33.3% each.
        Pool after = world.remove(pool.id(), d, e).as(Pool.class);

        assertThat(after.principal()).isEqualTo(cny(3 * FEN));
        assertThat(after.assetCount()).isEqualTo(3);
        Voucher back = world.voucherNow(d.id());
        assertThat(back.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(back.holderId()).isEqualTo(TIER1);
        assertThat(back.poolId()).isNull();
        assertThat(byHolder(TIER1)).containsExactlyInAnyOrder(d.id(), e.id());
        assertThat(byStatus(VoucherStatus.POOLED)).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(world.remove(pool.id(), d).code()).isEqualTo(ErrorCode.POOL_ASSET_NOT_FOUND);
    }

    @Test
    void a_removal_that_would_concentrate_the_pool_is_refused() {
        Voucher c = active(CORE3);
        Pool pool = diversified(active(CORE), active(CORE2), c);

        // Without c, CORE and CORE2 would owe 50.00% each.
        assertThat(world.remove(pool.id(), c).code()).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
    }

    @Test
    void once_subscription_opens_the_pool_is_frozen() {
        String poolId = world.openDeal();
        // voucherNow reads as CORE, which sees only what it owes.
        Voucher pooled = world.voucherNow(world.deal(poolId).assets().stream()
                .filter(entry -> entry.obligorId().equals(CORE)).findFirst().orElseThrow().voucherId());

        assertThat(world.add(poolId, active(CORE)).code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(world.remove(poolId, pooled).code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
    }

    @Test
    void a_rejected_addition_writes_nothing() {
        Pool pool = world.pool();
        Voucher alone = active(CORE);
        TreeMap<String, byte[]> before = new TreeMap<>(world.scf.chain.ledger().state());

        // One voucher alone would be 100% of the pool.
        assertThat(world.add(pool.id(), alone).code()).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
        assertThat(world.scf.chain.ledger().state()).containsExactlyEntriesOf(before);
    }

    private List<String> byHolder(String holderId) {
        return world.submit(holderId, TxName.LIST_VOUCHERS_BY_HOLDER, new VouchersByHolderQuery(holderId, 50, ""))
                .as(new TypeReference<Page<Voucher>>() {
                }).items().stream().filter(v -> v.status() != VoucherStatus.SETTLED).map(Voucher::id).toList();
    }

    private List<String> byStatus(VoucherStatus status) {
        // Read by an auditor: the originator no longer sees the vouchers it gave to the pool.
        return world.submit(AUDITOR, TxName.LIST_VOUCHERS_BY_STATUS, new VouchersByStatusQuery(status, 50, ""))
                .as(new TypeReference<Page<Voucher>>() {
                }).items().stream().map(Voucher::id).toList();
    }
}
