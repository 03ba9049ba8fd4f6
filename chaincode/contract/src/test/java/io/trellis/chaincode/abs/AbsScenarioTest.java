package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR2;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR4;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.Distribution;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import io.trellis.chaincode.api.abs.ObligorExposure;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolHolding;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheQuery;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.abs.WaterfallStep;
import io.trellis.chaincode.api.event.InvestorPayoutInstructed;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story of issue #4 (figures in docs/abs.md, section 8). TIER1 pools twenty vouchers of 50,000.00 from three
 * obligors; SECURITIES manages the deal: senior 750,000.00 (7,500 units) at 3.00%, mezzanine 150,000.00 (1,500
 * units) at 6.00%, subordinated 100,000.00 (1,000 units); fees 1,500.00 a date; issued 2026-04-01, paid 2026-07-01,
 * 2026-10-01 and 2027-01-01; trigger at 4.00% of the pool (defaults above 40,000.00). One voucher of CORE3 maturing
 * 2026-08-01 is never paid: 61 days overdue on 2026-10-01, 153 (in default) on 2027-01-01. All amounts in fen.
 */
public class AbsScenarioTest {
    private static final long VOUCHER = 5_000_000;
    private static final LocalDate ISSUE = LocalDate.of(2026, 4, 1);
    private static final LocalDate P1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate P2 = LocalDate.of(2026, 10, 1);
    private static final LocalDate P3 = LocalDate.of(2027, 1, 1);
    private static final LocalDate LATE = LocalDate.of(2027, 2, 15);
    private static final LocalDate DEFAULTING = LocalDate.of(2026, 8, 1);

    private final AbsWorld world = world();
    private final List<Voucher> pooled = new ArrayList<>();

    /** The world the story runs in; the end-to-end tests run it on a real network. */
    protected AbsWorld world() {
        return new AbsWorld();
    }

    private List<Voucher> vouchers(String obligor, int count, LocalDate maturity) {
        List<Voucher> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(world.voucher(obligor, VOUCHER, maturity));
        }
        pooled.addAll(made);
        return made;
    }

    private void settle(String obligor, LocalDate maturity, int vouchers) {
        world.at(maturity);
        world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-" + obligor + "-" + maturity, obligor,
                maturity, cny(vouchers * VOUCHER), null)).as(Object.class);
    }

    private Distribution run(String poolId, LocalDate date, String report) {
        world.at(date);
        return world.submit(SECURITIES, TxName.RUN_PAYMENT_DATE,
                new RunPaymentDateRequest(poolId, ScfWorld.hash(report))).as(Distribution.class);
    }

    @Test
    public void twenty_vouchers_three_tranches_four_investors_three_payment_dates_and_the_trigger_in_the_third() {
        // --- Pool: batch 1 is CORE 4, CORE2 4, CORE3 2 (40% / 40% / 20%: CORE and CORE2 exactly at the limit).
        Pool pool = world.pool();
        List<Voucher> batch1 = new ArrayList<>();
        batch1.addAll(vouchers(CORE, 1, ISSUE));        // 30 days after the cut-off: the window's lower bound
        batch1.addAll(vouchers(CORE, 2, LocalDate.of(2026, 5, 15)));
        batch1.addAll(vouchers(CORE, 1, LocalDate.of(2026, 8, 15)));
        batch1.addAll(vouchers(CORE2, 3, LocalDate.of(2026, 6, 15)));
        batch1.addAll(vouchers(CORE2, 1, LocalDate.of(2026, 9, 15)));
        batch1.addAll(vouchers(CORE3, 1, DEFAULTING));
        batch1.addAll(vouchers(CORE3, 1, LocalDate.of(2026, 9, 1)));
        world.add(pool.id(), batch1.toArray(Voucher[]::new)).as(Pool.class);
        // Batch 2: CORE 4, CORE2 3, CORE3 3; the pool becomes 400,000 / 350,000 / 250,000.00 of 1,000,000.00.
        List<Voucher> batch2 = new ArrayList<>();
        batch2.addAll(vouchers(CORE, 2, LocalDate.of(2026, 8, 15)));
        batch2.addAll(vouchers(CORE, 2, LATE));
        batch2.addAll(vouchers(CORE2, 1, LocalDate.of(2026, 9, 15)));
        batch2.addAll(vouchers(CORE2, 2, LocalDate.of(2026, 12, 1)));
        batch2.addAll(vouchers(CORE3, 1, LocalDate.of(2026, 9, 1)));
        batch2.addAll(vouchers(CORE3, 2, LATE));
        pool = world.add(pool.id(), batch2.toArray(Voucher[]::new)).as(Pool.class);
        // One more CORE voucher: 450,000 of 1,050,000.00 = 42.86% > 40.00%.
        Voucher oneTooMany = world.voucher(CORE, VOUCHER, LocalDate.of(2026, 8, 15));
        assertThat(world.add(pool.id(), oneTooMany).code()).isEqualTo(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED);

        assertThat(pool.assetCount()).isEqualTo(20);
        assertThat(pool.principal()).isEqualTo(cny(100_000_000));
        assertThat(world.voucherNow(oneTooMany.id()).status()).isEqualTo(VoucherStatus.ACTIVE);

        // --- Due diligence (by the providers the manager appointed), structure, ratings, subscription.
        String poolId = pool.id();
        world.appointProviders(poolId);
        world.attestEverything(poolId);
        world.submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, new SetDealStructureRequest(poolId, List.of(
                new TrancheTerms(TrancheClass.SENIOR, cny(75_000_000), 300),
                new TrancheTerms(TrancheClass.MEZZANINE, cny(15_000_000), 600),
                new TrancheTerms(TrancheClass.SUBORDINATED, cny(10_000_000), 0)),
                cny(150_000), ISSUE, List.of(P1, P2, P3), 400)).as(Deal.class);
        world.rate(poolId, TrancheClass.SENIOR, "AAA");
        world.rate(poolId, TrancheClass.MEZZANINE, "AA");
        world.manage(TxName.OPEN_SUBSCRIPTION, poolId);
        world.subscribe(INVESTOR, poolId, TrancheClass.SENIOR, 4_000);
        world.subscribe(INVESTOR2, poolId, TrancheClass.SENIOR, 3_000);
        world.subscribe(INVESTOR3, poolId, TrancheClass.SENIOR, 2_000);
        world.subscribe(INVESTOR3, poolId, TrancheClass.MEZZANINE, 600);
        world.subscribe(INVESTOR4, poolId, TrancheClass.MEZZANINE, 900);
        world.subscribe(INVESTOR4, poolId, TrancheClass.SUBORDINATED, 1_000);
        Deal allocated = world.manage(TxName.CLOSE_SUBSCRIPTION, poolId);

        // Senior: 9,000 ordered for 7,500. Floors 7,500 x 4,000 / 9,000 = 3,333.33 -> 3,333, 2,500, 1,666.67 ->
        // 1,666 make 7,499; the unit left goes to the largest order (INVESTOR).
        assertThat(allocated.allocations()).containsExactly(
                new TrancheAllocation(TrancheClass.SENIOR, 7_500, 9_000, List.of(
                        new Holding(INVESTOR, TrancheClass.SENIOR, 3_334),
                        new Holding(INVESTOR2, TrancheClass.SENIOR, 2_500),
                        new Holding(INVESTOR3, TrancheClass.SENIOR, 1_666))),
                new TrancheAllocation(TrancheClass.MEZZANINE, 1_500, 1_500, List.of(
                        new Holding(INVESTOR3, TrancheClass.MEZZANINE, 600),
                        new Holding(INVESTOR4, TrancheClass.MEZZANINE, 900))),
                new TrancheAllocation(TrancheClass.SUBORDINATED, 1_000, 1_000, List.of(
                        new Holding(INVESTOR4, TrancheClass.SUBORDINATED, 1_000))));

        // --- CORE pays its 2026-04-01 voucher before issuance: 5,000,000 carried into the first payment date.
        settle(CORE, ISSUE, 1);
        world.at(ISSUE.plusDays(1));
        Deal issued = world.manage(TxName.ISSUE_DEAL, poolId);
        assertThat(issued.status()).isEqualTo(DealStatus.ISSUED);
        assertThat(issued.waterfall().carried()).isEqualTo(cny(5_000_000));

        // --- Period 1 (91 days). Collected: CORE 2 x 2026-05-15, CORE2 3 x 2026-06-15 = 25,000,000.
        settle(CORE, LocalDate.of(2026, 5, 15), 2);
        settle(CORE2, LocalDate.of(2026, 6, 15), 3);
        world.at(P1.minusDays(1));
        assertThat(world.submit(SECURITIES, TxName.RUN_PAYMENT_DATE,
                new RunPaymentDateRequest(poolId, ScfWorld.hash("report P1"))).code())
                .isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
        Distribution p1 = run(poolId, P1, "report P1");

        // Senior interest 75,000,000 x 300 x 91 / 3,650,000 = 560,958.90 -> 560,959; mezzanine 15,000,000 x 600 x
        // 91 / 3,650,000 = 224,383.56 -> 224,384. Senior principal takes the rest:
        // 30,000,000 - 150,000 - 560,959 - 224,384 = 29,064,657; senior outstanding 45,935,343.
        assertPeriod(p1, 25_000_000, 5_000_000, 0, false,
                List.of(150_000L, 560_959L, 224_384L, 29_064_657L, 0L, 0L, 0L));
        // Shares of 560,959 by 3,334 / 2,500 / 1,666 of 7,500: floors 249,364, 186,986, 124,606 (560,956); the
        // 3 fen left go one each to the three holders, largest first.
        assertThat(p1.payouts()).containsExactly(
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.INTEREST, 249_365),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.INTEREST, 186_987),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.INTEREST, 124_607),
                pay(INVESTOR3, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 89_753),
                pay(INVESTOR4, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 134_631),
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 12_920_209),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 9_688_219),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 6_456_229));
        assertThat(world.scf.lastEvents()).filteredOn(InvestorPayoutInstructed.class::isInstance)
                .extracting(e -> ((InvestorPayoutInstructed) e).payout().payout())
                .containsExactlyElementsOf(p1.payouts());
        assertThat(outstanding(p1)).containsExactly(45_935_343L, 15_000_000L, 10_000_000L);
        assertThat(world.deal(poolId).deal().status()).isEqualTo(DealStatus.AMORTISING);

        // --- Period 2 (92 days). The defaulting voucher matures unpaid; its holder (the manager) marks it overdue
        // once the grace of 3 days has passed.
        Voucher defaulting = pooled.stream().filter(v -> v.maturityDate().equals(DEFAULTING)).findFirst().orElseThrow();
        world.at(DEFAULTING.plusDays(4));
        Voucher overdue = world.submit(SECURITIES, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(defaulting.id(), null)).as(Voucher.class);
        assertThat(overdue.status()).isEqualTo(VoucherStatus.OVERDUE);
        assertThat(overdue.poolId()).isEqualTo(poolId);
        // Collected: CORE 3 x 2026-08-15, CORE3 2 x 2026-09-01, CORE2 2 x 2026-09-15 = 35,000,000. CORE's payment
        // also covers the voucher the pool refused: its 5,000,000 goes to TIER1, not to the pool.
        settle(CORE, LocalDate.of(2026, 8, 15), 4);
        assertThat(world.voucherNow(oneTooMany.id()).status()).isEqualTo(VoucherStatus.SETTLED);
        settle(CORE3, LocalDate.of(2026, 9, 1), 2);
        settle(CORE2, LocalDate.of(2026, 9, 15), 2);
        Distribution p2 = run(poolId, P2, "report P2");

        // 61 days overdue is not yet a default. Senior interest 45,935,343 x 300 x 92 / 3,650,000 = 347,346.70 ->
        // 347,347; mezzanine 226,849.32 -> 226,849; senior principal 35,000,000 - 150,000 - 347,347 - 226,849 =
        // 34,275,804; senior outstanding 11,659,539.
        assertPeriod(p2, 35_000_000, 0, 0, false,
                List.of(150_000L, 347_347L, 226_849L, 34_275_804L, 0L, 0L, 0L));
        assertThat(p2.payouts()).containsExactly(
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.INTEREST, 154_408),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.INTEREST, 115_782),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.INTEREST, 77_157),
                pay(INVESTOR3, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 90_739),
                pay(INVESTOR4, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 136_110),
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 15_236_738),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 11_425_268),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 7_613_798));
        assertThat(outstanding(p2)).containsExactly(11_659_539L, 15_000_000L, 10_000_000L);

        // --- Period 3 (92 days). Collected: CORE2 2 x 2026-12-01 = 10,000,000. The unpaid voucher is 153 days
        // overdue: 5,000,000 defaulted, 5,000,000 x 10,000 > 400 x 100,000,000, so the trigger hits and senior
        // principal is paid before mezzanine interest.
        settle(CORE2, LocalDate.of(2026, 12, 1), 2);
        Distribution p3 = run(poolId, P3, "report P3");

        // Senior interest 11,659,539 x 300 x 92 / 3,650,000 = 88,164.61 -> 88,165; senior principal
        // 10,000,000 - 150,000 - 88,165 = 9,761,835; mezzanine interest 226,849 due, nothing left: all arrears.
        // (In normal order mezzanine would have had its 226,849 and senior principal only 9,534,986.)
        assertPeriod(p3, 10_000_000, 0, 5_000_000, true,
                List.of(150_000L, 88_165L, 9_761_835L, 0L, 0L, 0L, 0L));
        assertThat(p3.report().steps()).extracting(StepAmount::step).containsExactly(
                WaterfallStep.FEES, WaterfallStep.SENIOR_INTEREST, WaterfallStep.SENIOR_PRINCIPAL,
                WaterfallStep.MEZZANINE_INTEREST, WaterfallStep.MEZZANINE_PRINCIPAL,
                WaterfallStep.SUBORDINATED_PRINCIPAL, WaterfallStep.SUBORDINATED_RESIDUAL);
        assertThat(p3.payouts()).containsExactly(
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.INTEREST, 39_193),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.INTEREST, 29_388),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.INTEREST, 19_584),
                pay(INVESTOR, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 4_339_462),
                pay(INVESTOR2, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 3_253_945),
                pay(INVESTOR3, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 2_168_428));
        assertThat(outstanding(p3)).containsExactly(1_897_704L, 15_000_000L, 10_000_000L);
        assertThat(p3.state().tranches().get(1).interestArrears()).isEqualTo(cny(226_849));
        // Not repaid by the last scheduled date: the deal stays AMORTISING until its schedule is extended.
        assertThat(world.deal(poolId).deal().status()).isEqualTo(DealStatus.AMORTISING);

        assertQueries(poolId, defaulting);
    }

    /** The report's figures and conservation: collected + carried in = fees + distributed + carried out. */
    private static void assertPeriod(Distribution d, long collected, long carriedIn, long defaulted, boolean trigger,
            List<Long> stepsInOrder) {
        ServicerReport report = d.report();
        assertThat(report.collected()).isEqualTo(cny(collected));
        assertThat(report.carriedIn()).isEqualTo(cny(carriedIn));
        assertThat(report.defaultedPrincipal()).isEqualTo(cny(defaulted));
        assertThat(report.triggerHit()).isEqualTo(trigger);
        assertThat(report.steps()).extracting(s -> s.amount().minor()).containsExactlyElementsOf(stepsInOrder);
        long fees = report.steps().get(0).amount().minor();
        long distributed = d.payouts().stream().mapToLong(p -> p.amount().minor()).sum();
        assertThat(collected + carriedIn).isEqualTo(fees + distributed + report.carriedOut().minor());
        assertThat(report.carriedOut()).isEqualTo(cny(0));
        assertThat(report.documentHash()).isEqualTo(ScfWorld.hash("report " + "P" + periodOf(report)));
    }

    private static int periodOf(ServicerReport report) {
        return List.of(P1, P2, P3).indexOf(report.paymentDate()) + 1;
    }

    private static List<Long> outstanding(Distribution d) {
        return d.state().tranches().stream().map(t -> t.outstandingPrincipal().minor()).toList();
    }

    private static PayoutInstruction pay(String investor, TrancheClass tranche, PayoutKind kind, long fen) {
        return new PayoutInstruction(investor, tranche, kind, cny(fen));
    }

    /** The deal, an investor's portfolio and the see-through after the third payment date. */
    private void assertQueries(String poolId, Voucher defaulting) {
        DealView view = world.deal(poolId);
        assertThat(view.reports()).extracting(ServicerReport::paymentDate).containsExactly(P1, P2, P3);
        assertThat(view.assets()).hasSize(20);
        assertThat(view.appointments()).hasSize(4);
        assertThat(view.attestations()).hasSize(4);
        assertThat(view.ratings()).hasSize(2);
        assertThat(view.deal().holdings()).hasSize(6);

        InvestorPortfolio third = world.submit(INVESTOR3, TxName.GET_INVESTOR_PORTFOLIO, INVESTOR3)
                .as(InvestorPortfolio.class);
        assertThat(third.holdings()).containsExactly(
                new PoolHolding(poolId, new Holding(INVESTOR3, TrancheClass.MEZZANINE, 600)),
                new PoolHolding(poolId, new Holding(INVESTOR3, TrancheClass.SENIOR, 1_666)));
        // Senior interest and principal on three dates, mezzanine interest on two.
        assertThat(third.payouts()).hasSize(8);
        assertThat(third.payouts().stream().map(InvestorPayout::payout).map(PayoutInstruction::amount)
                .reduce(Money::plus).orElseThrow())
                .isEqualTo(cny(124_607 + 89_753 + 6_456_229 + 77_157 + 90_739 + 7_613_798 + 19_584 + 2_168_428));

        TrancheSeeThrough senior = world.submit(INVESTOR, TxName.GET_TRANCHE_ASSETS,
                new TrancheQuery(poolId, TrancheClass.SENIOR)).as(TrancheSeeThrough.class);
        assertThat(senior.balance().outstandingPrincipal()).isEqualTo(cny(1_897_704));
        assertThat(senior.assets()).hasSize(20);
        // Still owed: CORE's two 2027-02-15 vouchers; CORE3's two of 2027-02-15 and the defaulted one.
        assertThat(senior.obligors()).containsExactly(
                new ObligorExposure(CORE, "Party " + CORE, cny(2 * VOUCHER), 2),
                new ObligorExposure(CORE2, "Party " + CORE2, cny(0), 0),
                new ObligorExposure(CORE3, "Party " + CORE3, cny(3 * VOUCHER), 3));
        assertThat(senior.assets()).filteredOn(a -> a.voucherId().equals(defaulting.id()))
                .singleElement().satisfies(a -> assertThat(a.outstanding()).isEqualTo(cny(VOUCHER)));
    }
}
