package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.CriterionOutcome;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code CheckPoolEligibility} through the real transaction. Pool criteria: CNY, 30 to 365 days from the cut-off
 * (2026-03-02) to maturity, at most 40.00% per obligor, ACTIVE or FINANCED; the originator is TIER1.
 */
class PoolEligibilityQueryTest {
    private static final long FEN = 10_000_000;
    /** A second kind of pool for the random sample: 30 to 200 days, at most 50.00% per obligor, ACTIVE only. */
    private static final PoolCriteria NARROW = new PoolCriteria("CNY", 30, 200, 5_000, List.of(PoolAssetStatus.ACTIVE));
    private final AbsWorld world = new AbsWorld();

    private Voucher active(String coreId) {
        return world.voucher(coreId, FEN, MATURITY);
    }

    private ChaincodeHarness.Result ask(Caller caller, String poolId, String... voucherIds) {
        return world.scf.chain.submit(caller, TxName.CHECK_POOL_ELIGIBILITY,
                new PoolAssetsRequest(poolId, List.of(voucherIds)));
    }

    private ChaincodeHarness.Result ask(String partyId, String poolId, Voucher... vouchers) {
        return ask(ScfWorld.as(partyId), poolId, ids(vouchers));
    }

    private static String[] ids(Voucher... vouchers) {
        return Arrays.stream(vouchers).map(Voucher::id).toArray(String[]::new);
    }

    private static Optional<CriterionResult> failed(VoucherEligibility voucher) {
        return voucher.criteria().stream().filter(CriterionResult::hasFailed).findFirst();
    }

    @Test
    void the_report_of_a_sound_batch_reads_the_real_vouchers_and_writes_nothing() {
        Pool pool = world.pool();
        Voucher a = active(CORE);
        Voucher b = active(CORE2);
        Voucher c = active(CORE3);
        long changes = world.scf.chain.ledger().changes();

        EligibilityReport report = ask(TIER1, pool.id(), a, b, c).as(EligibilityReport.class);

        assertThat(world.scf.chain.ledger().changes()).isEqualTo(changes);
        assertThat(report.eligible()).isTrue();
        assertThat(report.poolOpen().outcome()).isEqualTo(CriterionOutcome.PASSED);
        assertThat(report.vouchers()).extracting(VoucherEligibility::voucherId).containsExactly(a.id(), b.id(), c.id());
        // 2026-03-02 to 2026-09-01: 183 days.
        assertThat(report.vouchers().get(0)).isEqualTo(new VoucherEligibility(a.id(), CORE, cny(FEN), MATURITY, 183L,
                PoolAssetStatus.ACTIVE, true, report.vouchers().get(0).criteria()));
        assertThat(report.poolPrincipal()).isEqualTo(cny(0));
        assertThat(report.poolAfter()).isEqualTo(cny(3 * FEN));
        assertThat(report.obligors()).extracting(ObligorConcentration::shareBp).containsExactly(3_334, 3_334, 3_334);
        assertThat(report.cutOffDate()).isEqualTo(TODAY);
        assertThat(world.add(pool.id(), a, b, c).ok()).isTrue();
    }

    @Test
    void a_voucher_already_in_the_pool_is_shown_to_the_originator_as_already_pooled() {
        Voucher a = active(CORE);
        Pool pool = world.add(world.pool().id(), a, active(CORE2), active(CORE3)).as(Pool.class);

        EligibilityReport report = ask(TIER1, pool.id(), a).as(EligibilityReport.class);

        assertThat(failed(report.vouchers().get(0))).get()
                .extracting(CriterionResult::criterion, CriterionResult::code)
                .containsExactly(EligibilityCriterion.NOT_POOLED, ErrorCode.ASSET_ALREADY_POOLED);
        assertThat(report.poolPrincipal()).isEqualTo(cny(3 * FEN));
    }

    @Test
    void once_subscription_opens_the_pool_is_reported_closed_and_nothing_is_eligible() {
        String poolId = world.openDeal();
        Voucher more = active(CORE);

        EligibilityReport report = ask(TIER1, poolId, more).as(EligibilityReport.class);

        assertThat(report.poolOpen().code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(report.eligible()).isFalse();
        assertThat(world.add(poolId, more).code()).isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
    }

    @Test
    void a_voucher_the_caller_may_not_see_reads_exactly_like_one_that_does_not_exist() {
        Pool pool = world.pool();
        Voucher tier2s = world.scf.active(CORE, TIER2, FEN, MATURITY);
        String missing = "CV0123456789ABCDEF0123";

        EligibilityReport report = ask(ScfWorld.as(TIER1), pool.id(), tier2s.id(), missing)
                .as(EligibilityReport.class);

        VoucherEligibility hidden = report.vouchers().get(0);
        VoucherEligibility absent = report.vouchers().get(1);
        assertThat(hidden.obligorId()).isNull();
        assertThat(hidden.outstanding()).isNull();
        assertThat(hidden.criteria()).hasSameSizeAs(absent.criteria());
        assertThat(hidden.criteria().get(0).detail().replace(tier2s.id(), "ID"))
                .isEqualTo(absent.criteria().get(0).detail().replace(missing, "ID"));
        assertThat(List.of(hidden, absent)).extracting(v -> failed(v).orElseThrow().code())
                .containsOnly(ErrorCode.VOUCHER_NOT_FOUND);
        assertThat(report.obligors()).isEmpty();
    }

    @Test
    void the_manager_auditors_and_the_operators_of_manager_and_originator_may_ask_anyone_else_reads_no_pool() {
        Pool pool = world.pool();
        Voucher a = active(CORE);
        world.appoint(pool.id(), ProviderRole.TRUSTEE, SERVICER).as(Object.class);

        for (Caller allowed : List.of(ScfWorld.as(TIER1), ScfWorld.as(SECURITIES), ScfWorld.as(AUDITOR),
                Callers.PLATFORM_OPERATOR, Callers.SECURITIES_OPERATOR)) {
            assertThat(ask(allowed, pool.id(), a.id()).ok()).as(allowed.certificateId()).isTrue();
        }
        ChaincodeError missingPool = ask(ScfWorld.as(TIER1), "AP0000000000000000000F", a.id()).error();
        for (Caller refused : List.of(ScfWorld.as(TIER2), ScfWorld.as(CORE), ScfWorld.as(BANK), ScfWorld.as(INVESTOR),
                ScfWorld.as(SERVICER), Callers.BANK_OPERATOR)) {
            ChaincodeError error = ask(refused, pool.id(), a.id()).error();
            assertThat(error.code()).as(refused.certificateId()).isEqualTo(ErrorCode.POOL_NOT_FOUND);
            assertThat(error.message().replace(pool.id(), "ID"))
                    .isEqualTo(missingPool.message().replace("AP0000000000000000000F", "ID"));
        }
    }

    @Test
    void the_manager_sees_the_pool_but_not_the_originators_vouchers() {
        Pool pool = world.pool();
        Voucher a = active(CORE);

        EligibilityReport auditors = ask(AUDITOR, pool.id(), a).as(EligibilityReport.class);
        EligibilityReport managers = ask(SECURITIES, pool.id(), a).as(EligibilityReport.class);

        assertThat(auditors.vouchers().get(0).obligorId()).isEqualTo(CORE);
        assertThat(failed(managers.vouchers().get(0))).get().extracting(CriterionResult::code)
                .isEqualTo(ErrorCode.VOUCHER_NOT_FOUND);
    }

    @Test
    void a_malformed_batch_is_refused_like_an_addition() {
        Pool pool = world.pool();
        Voucher a = active(CORE);

        assertThat(ask(ScfWorld.as(TIER1), pool.id()).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(ask(ScfWorld.as(TIER1), pool.id(), a.id(), a.id()).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(ask(ScfWorld.as(TIER1), pool.id(), "V-1").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    /**
     * Random batches of random vouchers (three obligors, amounts, maturities in and out of the window, ISSUED ones,
     * ones another supplier holds, ids that exist nowhere) into new, used and cancelled pools: the report says
     * eligible exactly when AddPoolAssets then accepts the batch, and otherwise names the code it refuses with.
     */
    @Test
    void the_report_says_eligible_exactly_when_add_pool_assets_accepts_the_same_batch() {
        SplittableRandom random = new SplittableRandom(20_260_302);
        List<String> universe = new ArrayList<>();
        Set<String> heldByTier2 = new HashSet<>();
        Map<String, String> pooledIn = new HashMap<>();
        List<String> pools = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (int trial = 0; trial < 60; trial++) {
            grow(random, universe, heldByTier2);
            String poolId = pickPool(random, pools);
            List<String> batch = random.nextBoolean() ? pick(random, universe, 1 + random.nextInt(5))
                    : diversified(random, universe);

            EligibilityReport report = ask(ScfWorld.as(TIER1), poolId, batch.toArray(String[]::new))
                    .as(EligibilityReport.class);
            ChaincodeHarness.Result added = world.submit(TIER1, TxName.ADD_POOL_ASSETS, new PoolAssetsRequest(poolId, batch));

            assertThat(added.ok()).as("trial %d: %s", trial, report).isEqualTo(report.eligible());
            if (added.ok()) {
                accepted++;
                batch.forEach(id -> pooledIn.put(id, poolId));
            } else {
                refused++;
                // The originator sees neither TIER2's vouchers nor those in another pool (held by the manager):
                // AddPoolAssets, which loads them anyway, may refuse them for another reason.
                if (batch.stream().noneMatch(id -> heldByTier2.contains(id)
                        || pooledIn.containsKey(id) && !pooledIn.get(id).equals(poolId))) {
                    assertThat(added.code()).as("trial %d: %s", trial, report).isEqualTo(refusalOf(report));
                }
            }
        }
        assertThat(accepted).isGreaterThanOrEqualTo(5);
        assertThat(refused).isGreaterThanOrEqualTo(20);
    }

    /** The code AddPoolAssets answers: the pool, then every voucher it loads, then each voucher's own, then concentration. */
    private static ErrorCode refusalOf(EligibilityReport report) {
        Stream<CriterionResult> pool = Stream.of(report.poolOpen());
        Stream<CriterionResult> loads = report.vouchers().stream().map(v -> v.criteria().get(0));
        Stream<CriterionResult> own = report.vouchers().stream().flatMap(v -> v.criteria().stream()
                .filter(c -> c.criterion() != EligibilityCriterion.CONCENTRATION));
        return Stream.of(pool, loads, own).flatMap(s -> s).filter(CriterionResult::hasFailed).findFirst()
                .map(CriterionResult::code).orElse(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);
    }

    private void grow(SplittableRandom random, List<String> universe, Set<String> heldByTier2) {
        String core = List.of(CORE, CORE2, CORE3).get(random.nextInt(3));
        long fen = FEN * (1 + random.nextInt(2));
        // 29 days falls outside either window, 300 and 365 outside the narrow one's 30-200.
        long days = List.of(29L, 30L, 120L, 183L, 300L, 365L).get(random.nextInt(6));
        int kind = random.nextInt(10);
        if (kind == 0) {
            universe.add(world.scf.issued(core, TIER1, fen, TODAY.plusDays(days)).id());
        } else if (kind == 1) {
            String id = world.scf.active(core, TIER2, fen, TODAY.plusDays(days)).id();
            universe.add(id);
            heldByTier2.add(id);
        } else if (kind <= 3) {
            universe.add(String.format("CV%020X", random.nextLong(1L << 40)));
        } else {
            universe.add(world.voucher(core, fen, TODAY.plusDays(days)).id());
        }
    }

    /** One new sound voucher per obligor, equal amounts, and maybe one more from the universe. */
    private List<String> diversified(SplittableRandom random, List<String> universe) {
        List<String> batch = new ArrayList<>();
        for (String core : List.of(CORE, CORE2, CORE3)) {
            batch.add(world.voucher(core, FEN, TODAY.plusDays(120)).id());
        }
        if (random.nextBoolean()) {
            pick(random, universe, 1).forEach(batch::add);
        }
        universe.addAll(batch.subList(0, 3));
        return batch;
    }

    private String pickPool(SplittableRandom random, List<String> pools) {
        int draw = random.nextInt(10);
        if (pools.isEmpty() || draw < 3) {
            pools.add(world.pool(random.nextBoolean() ? AbsWorld.CRITERIA : NARROW).id());
        } else if (draw == 3) {
            String cancelled = world.pool().id();
            world.manage(TxName.CANCEL_DEAL, cancelled);
            return cancelled;
        }
        return pools.get(random.nextInt(pools.size()));
    }

    private static List<String> pick(SplittableRandom random, List<String> universe, int size) {
        List<String> shuffled = new ArrayList<>(universe);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }
}
