package io.trellis.abs.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.trellis.abs.report.StoryReports;
import io.trellis.abs.stress.StressAnswer;
import io.trellis.abs.stress.TrancheStress;
import io.trellis.abs.support.AbsCast;
import io.trellis.abs.support.AbsDesk;
import io.trellis.abs.support.BankPayments;
import io.trellis.abs.support.OnLedger;
import io.trellis.abs.support.OnTheStack;
import io.trellis.abs.support.ScfDesk;
import io.trellis.abs.support.ScfDesk.Tree;
import io.trellis.abs.support.StoryInSteps;
import io.trellis.chaincode.api.Hashes;
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
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolHolding;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import io.trellis.chaincode.api.abs.WaterfallStep;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.testing.clock.StackClock;
import io.trellis.testing.parties.Onboarding.Member;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story of issue #4 (docs/abs.md §8) through the desks, each step as the role whose step it is: the
 * originator pools twenty vouchers of 50,000.00 of three obligors (a twenty-first is refused for concentration),
 * the manager appoints the providers who attest and rate, structures senior 750,000.00 at 3.00%, mezzanine
 * 150,000.00 at 6.00% and subordinated 100,000.00 and stress-tests it before subscription opens (nothing written),
 * four investors order (the oversubscribed senior is allocated to the unit), the deal issues, and three payment
 * dates distribute what settlement-service collected from the obligors' payments on Kafka; an unpaid voucher
 * defaults and the trigger hits in the third. Every payout to the fen, conservation on every date. The stack's clock
 * is moved to each business date and back to real time after.
 * {@link #finished} is the deal the story leaves, for checks that build on it.
 */
@QuarkusTest
@TestProfile(OnTheStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StoryInSteps.class)
class AbsScenarioIT {
    private static final long VOUCHER = 5_000_000;
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 3, 2);
    private static final LocalDate ISSUE = LocalDate.of(2026, 4, 1);
    private static final LocalDate P1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate P2 = LocalDate.of(2026, 10, 1);
    private static final LocalDate P3 = LocalDate.of(2027, 1, 1);
    private static final LocalDate LATE = LocalDate.of(2027, 2, 15);
    private static final LocalDate DEFAULTING = LocalDate.of(2026, 8, 1);
    private static final int MAKING_AT_ONCE = 4;
    private static final String NO_DEFAULTS = """
            {"everyObligor":{"defaultRateBp":0,"recoveryRateBp":0,"recoveryDelayDays":0},"paths":100,"seed":7}""";
    private static final String ALL_LOST = """
            {"everyObligor":{"defaultRateBp":10000,"recoveryRateBp":0,"recoveryDelayDays":0},"paths":100,"seed":7}""";

    /**
     * The deal the story leaves once its third payment date has run: its id, the manager, investors A to D, its
     * payment dates and what each distributed. Null until then (and if a step failed).
     */
    static FinishedDeal finished;

    public record FinishedDeal(String poolId, Member manager, List<Member> investors, List<LocalDate> paymentDates,
            List<Distribution> distributions) {
    }

    @Inject
    LedgerClient ledgerClient;
    @Inject
    PartyIdentities identities;

    private AbsCast cast;
    private AbsDesk desk;
    private ScfDesk scf;
    private OnLedger ledger;
    private BankPayments bank;
    private Member core;
    private Member core2;
    private Member core3;
    private Member a;
    private Member b;
    private Member c;
    private Member d;
    private final Map<String, Tree> trees = new ConcurrentHashMap<>();
    private String poolId;
    private final List<Distribution> distributions = new ArrayList<>();

    @BeforeEach
    void cast() {
        if (cast != null) {
            return;
        }
        cast = AbsCast.shared();
        desk = new AbsDesk(cast.onboarding);
        scf = new ScfDesk(cast);
        ledger = new OnLedger(ledgerClient, identities);
        bank = new BankPayments(ledger, cast.bank);
        core = cast.obligors.get(0);
        core2 = cast.obligors.get(1);
        core3 = cast.obligors.get(2);
        a = cast.investors.get(0);
        b = cast.investors.get(1);
        c = cast.investors.get(2);
        d = cast.investors.get(3);
    }

    @AfterAll
    void realTimeAgain() {
        StackClock.backToRealTime();
        if (bank != null) {
            bank.close();
        }
    }

    @Test
    @Order(1)
    void the_originator_pools_twenty_vouchers_of_three_obligors_and_a_twenty_first_is_refused_for_concentration() {
        StackClock.at(CUT_OFF);
        makeVouchers();
        Pool created = AbsDesk.result(desk.as(cast.manager).body("""
                {"originatorId":"%s","criteria":{"currency":"CNY","minDaysToMaturity":30,"maxDaysToMaturity":365,\
                "maxObligorConcentrationBp":4000,"allowedStatuses":["ACTIVE","FINANCED"]},\
                "requiredAttestations":["LEGAL_OPINION","AUDIT","TRUSTEE","RATING"],"cutOffDate":"%s"}\
                """.formatted(cast.originator.id(), CUT_OFF)).post("/deals").then().statusCode(201).extract().response(),
                Pool.class);
        poolId = created.id();

        // Batch 1: CORE 4, CORE2 4, CORE3 2 (CORE and CORE2 exactly at the 40% limit).
        add(Stream.of(part("core-0401", 0), part("core-0515", 0), part("core-0515", 1), part("core-0815", 0),
                part("core2-0615", 0), part("core2-0615", 1), part("core2-0615", 2), part("core2-0915", 0),
                part("core3-0801", 0), part("core3-0901", 0)).toList())
                .then().statusCode(200).body("result.assetCount", equalTo(10));
        // Batch 2: CORE 4, CORE2 3, CORE3 3; the pool becomes 400,000 / 350,000 / 250,000.00 of 1,000,000.00.
        Pool pooled = AbsDesk.result(add(Stream.of(part("core-0815", 1), part("core-0815", 2), part("core-late", 0),
                part("core-late", 1), part("core2-0915", 1), part("core2-1201", 0), part("core2-1201", 1),
                part("core3-0901", 1), part("core3-late", 0), part("core3-late", 1)).toList())
                .then().statusCode(200).extract().response(), Pool.class);
        assertThat(pooled.assetCount()).isEqualTo(20);
        assertThat(pooled.principal()).isEqualTo(cny(100_000_000));

        // One more CORE voucher: 450,000 of 1,050,000.00 = 42.86% > 40.00%. Nothing moves.
        String oneTooMany = part("core-0815", 3);
        DealView before = ledger.deal(cast.manager, poolId);
        add(List.of(oneTooMany)).then().statusCode(422).body("code", equalTo("OBLIGOR_CONCENTRATION_EXCEEDED"));
        assertThat(ledger.deal(cast.manager, poolId)).isEqualTo(before);
        Voucher refused = ledger.evaluate(cast.originator, TxName.GET_VOUCHER, oneTooMany, Voucher.class);
        assertThat(refused.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(refused.holderId()).isEqualTo(cast.originator.id());
    }

    @Test
    @Order(2)
    void appointed_providers_attest_and_rate_the_structured_tranches() {
        for (String role : List.of("LAW_FIRM", "ACCOUNTANT", "TRUSTEE")) {
            appoint(role, cast.servicer);
        }
        appoint("RATING_AGENCY", cast.rater);
        for (String kind : List.of("LEGAL_OPINION", "AUDIT", "TRUSTEE")) {
            attest(cast.servicer, kind);
        }
        attest(cast.rater, "RATING");
        stress(cast.manager, NO_DEFAULTS).then().statusCode(409).body("code", equalTo("DEAL_STATE_CONFLICT"));
        Deal structured = AbsDesk.result(desk.as(cast.manager).body("""
                {"tranches":[\
                {"trancheClass":"SENIOR","principal":{"amount":"750000.00","currency":"CNY"},"couponBp":300},\
                {"trancheClass":"MEZZANINE","principal":{"amount":"150000.00","currency":"CNY"},"couponBp":600},\
                {"trancheClass":"SUBORDINATED","principal":{"amount":"100000.00","currency":"CNY"},"couponBp":0}],\
                "feesPerPaymentDate":{"amount":"1500.00","currency":"CNY"},"issueDate":"%s",\
                "paymentDates":["%s","%s","%s"],"defaultTriggerBp":400}""".formatted(ISSUE, P1, P2, P3))
                .post("/deals/" + poolId + "/structure").then().statusCode(200).extract().response(), Deal.class);
        assertThat(structured.structure().poolPrincipal()).isEqualTo(cny(100_000_000));
        rate("SENIOR", "AAA");
        rate("MEZZANINE", "AA");
    }

    @Test
    @Order(3)
    void the_structure_is_stress_tested_before_subscription_opens_and_nothing_is_written() {
        DealView before = ledger.deal(cast.manager, poolId);

        // Without defaults every voucher pays at maturity: 50,000.00 carried in, 250,000.00 by P1, 400,000.00 by P2
        // (the CORE3 voucher of 2026-08-01 pays too), 100,000.00 by P3. P1 as in the story: senior principal
        // 29,064,657. P2: 40,000,000 - 150,000 - 347,347 - 226,849 = 39,275,804 (senior left 6,659,539). P3: senior
        // interest 6,659,539 x 300 x 92 / 3,650,000 = 50,357.06 -> 50,357, mezzanine 226,849, senior repaid, the
        // mezzanine principal 10,000,000 - 150,000 - 50,357 - 226,849 - 6,659,539 = 2,913,255. The four vouchers of
        // 2027-02-15 pay after the last date, never distributed: the mezzanine loses 12,086,745 and the
        // subordinated all of it, on every path. Senior WAL (29,064,657 x 91 + 39,275,804 x 183 + 6,659,539 x 275)
        // / (365 x 75,000,000) = 0.42607...; mezzanine 275 / 365 = 0.75342...
        StressAnswer paying = stressAnswer(cast.manager, NO_DEFAULTS);
        assertThat(paying.dealStatus()).isEqualTo(DealStatus.STRUCTURING);
        assertThat(paying.dealVersion()).isEqualTo(before.deal().version());
        assertThat(paying.inputs().vouchers()).hasSize(20);
        assertThat(paying.inputs().structure().poolPrincipal()).isEqualTo(cny(100_000_000));
        assertThat(paying.result().paths()).isEqualTo(100);
        assertThat(paying.result().pathsWithTrigger()).isZero();
        assertThat(paying.result().tranches()).containsExactly(
                stressed(TrancheClass.SENIOR, 75_000_000, 0, 100, null, "0.4261"),
                stressed(TrancheClass.MEZZANINE, 15_000_000, 12_086_745, 100, 3, "0.7534"),
                stressed(TrancheClass.SUBORDINATED, 10_000_000, 10_000_000, 100, 3, null));

        // Every obligor defaults and nothing is recovered: nothing is ever collected. The subordinated tranche loses
        // all of it; senior its principal and three dates' interest, 560,959 + 567,123 + 567,123; the trigger hits
        // on P1 (the 2026-04-01 voucher is 91 days unpaid).
        StressAnswer lost = stressAnswer(cast.originator, ALL_LOST);
        assertThat(lost.result().pathsWithTrigger()).isEqualTo(100);
        TrancheStress subordinated = lost.result().tranches().get(2);
        assertThat(subordinated.worstLoss()).isEqualTo(cny(10_000_000));
        assertThat(subordinated.expectedLossBp()).isEqualByComparingTo("10000");
        assertThat(subordinated.lossProbabilityBp()).isEqualByComparingTo("10000");
        assertThat(lost.result().tranches().get(0).worstLoss()).isEqualTo(cny(76_695_205));

        // Before subscription opens an investor may not see the deal: not found, like a deal that does not exist.
        stress(a, NO_DEFAULTS).then().statusCode(404).body("code", equalTo("POOL_NOT_FOUND"));
        stress(cast.manager, NO_DEFAULTS.replace("\"paths\":100", "\"paths\":100001"))
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
        assertThat(ledger.deal(cast.manager, poolId)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void subscription_opens_four_investors_order_and_the_oversubscribed_senior_is_allocated_to_the_unit() {
        desk.as(cast.manager).post("/deals/" + poolId + "/subscription")
                .then().statusCode(200).body("result.status", equalTo("SUBSCRIPTION_OPEN"));
        DealView open = ledger.deal(cast.manager, poolId);
        assertThat(open.appointments()).hasSize(4);
        assertThat(open.attestations()).hasSize(4);
        assertThat(open.ratings()).hasSize(2);

        inParallel(List.of(
                () -> order(a, "SENIOR", 4_000), () -> order(b, "SENIOR", 3_000), () -> order(c, "SENIOR", 2_000),
                () -> order(c, "MEZZANINE", 600), () -> order(d, "MEZZANINE", 900), () -> order(d, "SUBORDINATED", 1_000)));

        Deal allocated = AbsDesk.result(desk.as(cast.manager).post("/deals/" + poolId + "/allocation")
                .then().statusCode(200).extract().response(), Deal.class);

        // Senior: 9,000 ordered for 7,500. Floors 3,333, 2,500, 1,666 make 7,499; the unit left goes to the largest
        // order (A).
        assertThat(allocated.status()).isEqualTo(DealStatus.ALLOCATED);
        assertThat(allocated.allocations()).containsExactly(
                new TrancheAllocation(TrancheClass.SENIOR, 7_500, 9_000, List.of(
                        new Holding(a.id(), TrancheClass.SENIOR, 3_334),
                        new Holding(b.id(), TrancheClass.SENIOR, 2_500),
                        new Holding(c.id(), TrancheClass.SENIOR, 1_666))),
                new TrancheAllocation(TrancheClass.MEZZANINE, 1_500, 1_500, List.of(
                        new Holding(c.id(), TrancheClass.MEZZANINE, 600),
                        new Holding(d.id(), TrancheClass.MEZZANINE, 900))),
                new TrancheAllocation(TrancheClass.SUBORDINATED, 1_000, 1_000, List.of(
                        new Holding(d.id(), TrancheClass.SUBORDINATED, 1_000))));
    }

    @Test
    @Order(5)
    void cash_collected_before_issuance_is_carried_into_the_first_payment_date() {
        // CORE pays its 2026-04-01 voucher through its bank: settlement-service credits the pool's collection.
        SettlementOutcome paid = pay("core-0401", ISSUE);
        assertThat(paid.payouts()).extracting(Payout::poolId).containsExactly(poolId);

        StackClock.at(ISSUE.plusDays(1));
        Deal issued = AbsDesk.result(desk.as(cast.manager).post("/deals/" + poolId + "/issuance")
                .then().statusCode(200).extract().response(), Deal.class);

        assertThat(issued.status()).isEqualTo(DealStatus.ISSUED);
        assertThat(issued.holdings()).hasSize(6);
        assertThat(issued.waterfall().carried()).isEqualTo(cny(5_000_000));
    }

    @Test
    @Order(6)
    void the_first_payment_date_pays_every_investor_to_the_fen() {
        pay("core-0515", LocalDate.of(2026, 5, 15));
        pay("core2-0615", LocalDate.of(2026, 6, 15));
        StackClock.at(P1.minusDays(1));
        DealView before = ledger.deal(cast.manager, poolId);
        runPaymentDate("P1").then().statusCode(409).body("code", equalTo("PAYMENT_DATE_NOT_DUE"));
        assertThat(ledger.deal(cast.manager, poolId)).isEqualTo(before);

        Distribution p1 = run(P1, "P1");

        // Senior interest 75,000,000 x 300 x 91 / 3,650,000 = 560,958.90 -> 560,959; mezzanine 224,383.56 ->
        // 224,384; senior principal 30,000,000 - 150,000 - 560,959 - 224,384 = 29,064,657.
        assertPeriod(p1, 25_000_000, 5_000_000, 0, false, List.of(150_000L, 560_959L, 224_384L, 29_064_657L, 0L, 0L, 0L));
        // 560,959 by 3,334 / 2,500 / 1,666 of 7,500: floors make 560,956, the 3 fen left one each to A, B, C.
        assertThat(p1.payouts()).containsExactly(
                pay(a, TrancheClass.SENIOR, PayoutKind.INTEREST, 249_365),
                pay(b, TrancheClass.SENIOR, PayoutKind.INTEREST, 186_987),
                pay(c, TrancheClass.SENIOR, PayoutKind.INTEREST, 124_607),
                pay(c, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 89_753),
                pay(d, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 134_631),
                pay(a, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 12_920_209),
                pay(b, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 9_688_219),
                pay(c, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 6_456_229));
        assertThat(outstanding(p1)).containsExactly(45_935_343L, 15_000_000L, 10_000_000L);
        assertThat(ledger.deal(cast.manager, poolId).deal().status()).isEqualTo(DealStatus.AMORTISING);
    }

    @Test
    @Order(7)
    void the_second_payment_date_counts_an_unpaid_voucher_overdue_but_not_yet_in_default() {
        // The CORE3 voucher of 2026-08-01 is not paid; its holder, the manager, marks it overdue after the grace.
        StackClock.at(DEFAULTING.plusDays(4));
        scf.markOverdue(cast.manager, part("core3-0801", 0));
        // CORE's 2026-08-15 payment also pays the voucher the pool refused: that part goes to the originator.
        SettlementOutcome core0815 = pay("core-0815", LocalDate.of(2026, 8, 15));
        assertThat(core0815.payouts()).filteredOn(p -> poolId.equals(p.poolId())).hasSize(3);
        assertThat(core0815.payouts()).filteredOn(p -> p.poolId() == null).singleElement()
                .satisfies(p -> assertThat(p.holderId()).isEqualTo(cast.originator.id()));
        pay("core3-0901", LocalDate.of(2026, 9, 1));
        pay("core2-0915", LocalDate.of(2026, 9, 15));

        Distribution p2 = run(P2, "P2");

        // 61 days overdue is not a default. Senior interest 45,935,343 x 300 x 92 / 3,650,000 -> 347,347;
        // mezzanine 226,849; senior principal 35,000,000 - 150,000 - 347,347 - 226,849 = 34,275,804.
        assertPeriod(p2, 35_000_000, 0, 0, false, List.of(150_000L, 347_347L, 226_849L, 34_275_804L, 0L, 0L, 0L));
        assertThat(p2.payouts()).containsExactly(
                pay(a, TrancheClass.SENIOR, PayoutKind.INTEREST, 154_408),
                pay(b, TrancheClass.SENIOR, PayoutKind.INTEREST, 115_782),
                pay(c, TrancheClass.SENIOR, PayoutKind.INTEREST, 77_157),
                pay(c, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 90_739),
                pay(d, TrancheClass.MEZZANINE, PayoutKind.INTEREST, 136_110),
                pay(a, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 15_236_738),
                pay(b, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 11_425_268),
                pay(c, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 7_613_798));
        assertThat(outstanding(p2)).containsExactly(11_659_539L, 15_000_000L, 10_000_000L);
    }

    @Test
    @Order(8)
    void the_third_payment_date_finds_the_default_and_the_trigger_pays_senior_principal_before_mezzanine_interest() {
        pay("core2-1201", LocalDate.of(2026, 12, 1));

        Distribution p3 = run(P3, "P3");

        // 153 days overdue: 5,000,000 defaulted, above 4% of 100,000,000, so the trigger hits. Senior interest
        // 88,165, then senior principal 10,000,000 - 150,000 - 88,165 = 9,761,835; the mezzanine's 226,849 is arrears.
        assertPeriod(p3, 10_000_000, 0, 5_000_000, true, List.of(150_000L, 88_165L, 9_761_835L, 0L, 0L, 0L, 0L));
        assertThat(p3.report().steps()).extracting(StepAmount::step).containsExactly(
                WaterfallStep.FEES, WaterfallStep.SENIOR_INTEREST, WaterfallStep.SENIOR_PRINCIPAL,
                WaterfallStep.MEZZANINE_INTEREST, WaterfallStep.MEZZANINE_PRINCIPAL,
                WaterfallStep.SUBORDINATED_PRINCIPAL, WaterfallStep.SUBORDINATED_RESIDUAL);
        assertThat(p3.payouts()).containsExactly(
                pay(a, TrancheClass.SENIOR, PayoutKind.INTEREST, 39_193),
                pay(b, TrancheClass.SENIOR, PayoutKind.INTEREST, 29_388),
                pay(c, TrancheClass.SENIOR, PayoutKind.INTEREST, 19_584),
                pay(a, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 4_339_462),
                pay(b, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 3_253_945),
                pay(c, TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 2_168_428));
        assertThat(outstanding(p3)).containsExactly(1_897_704L, 15_000_000L, 10_000_000L);
        assertThat(p3.state().tranches().get(1).interestArrears()).isEqualTo(cny(226_849));
        // Not repaid by its last scheduled date: the deal stays AMORTISING until its schedule is extended.
        assertThat(ledger.deal(cast.manager, poolId).deal().status()).isEqualTo(DealStatus.AMORTISING);
        finished = new FinishedDeal(poolId, cast.manager, List.of(a, b, c, d), List.of(P1, P2, P3),
                List.copyOf(distributions));
    }

    @Test
    @Order(9)
    void the_deal_a_portfolio_and_the_see_through_read_as_each_reader_may_see_them() {
        DealView whole = AbsDesk.body(desk.as(cast.manager).get("/deals/" + poolId)
                .then().statusCode(200).extract().response(), DealView.class);
        assertThat(whole.reports()).extracting(ServicerReport::paymentDate).containsExactly(P1, P2, P3);
        assertThat(whole.assets()).hasSize(20);
        assertThat(whole.deal().holdings()).hasSize(6);
        DealView asA = AbsDesk.body(desk.as(a).get("/deals/" + poolId).then().statusCode(200).extract().response(),
                DealView.class);
        assertThat(asA.deal().holdings()).containsExactly(new Holding(a.id(), TrancheClass.SENIOR, 3_334));

        InvestorPortfolio third = AbsDesk.body(desk.as(c).get("/investors/" + c.id() + "/portfolio")
                .then().statusCode(200).extract().response(), InvestorPortfolio.class);
        assertThat(third.holdings()).containsExactlyInAnyOrder(
                new PoolHolding(poolId, new Holding(c.id(), TrancheClass.MEZZANINE, 600)),
                new PoolHolding(poolId, new Holding(c.id(), TrancheClass.SENIOR, 1_666)));
        // Senior interest and principal on three dates, mezzanine interest on two.
        assertThat(third.payouts()).hasSize(8);
        assertThat(third.payouts().stream().map(InvestorPayout::payout).map(PayoutInstruction::amount)
                .reduce(Money::plus).orElseThrow())
                .isEqualTo(cny(124_607 + 89_753 + 6_456_229 + 77_157 + 90_739 + 7_613_798 + 19_584 + 2_168_428));

        TrancheSeeThrough senior = AbsDesk.body(desk.as(a).get("/deals/" + poolId + "/tranches/SENIOR")
                .then().statusCode(200).extract().response(), TrancheSeeThrough.class);
        assertThat(senior.balance().outstandingPrincipal()).isEqualTo(cny(1_897_704));
        assertThat(senior.assets()).hasSize(20);
        // Still owed: CORE's two 2027-02-15 vouchers; CORE3's two of 2027-02-15 and the defaulted one.
        assertThat(senior.obligors()).containsExactly(
                new ObligorExposure(core.id(), "CORE_ENTERPRISE " + core.id(), cny(2 * VOUCHER), 2),
                new ObligorExposure(core2.id(), "CORE_ENTERPRISE " + core2.id(), cny(0), 0),
                new ObligorExposure(core3.id(), "CORE_ENTERPRISE " + core3.id(), cny(3 * VOUCHER), 3));
    }

    @Test
    @Order(10)
    void the_servicer_reports_and_the_investor_statements_carry_the_ledgers_figures_to_the_fen() {
        // CSV and PDF (text extracted) of every payment date and every investor, against GetDeal and the portfolios.
        new StoryReports(desk, ledger).check(finished.poolId(), finished.manager(), finished.investors(),
                finished.paymentDates());
    }

    // --- The story's moves.

    /** The ten voucher trees of the story, at the cut-off, several at once. */
    private void makeVouchers() {
        LocalDate invoiced = CUT_OFF.minusDays(5);
        Map<String, Supplier<Tree>> plan = Map.of(
                "core-0401", () -> scf.vouchers(core, 1, VOUCHER, ISSUE, invoiced),
                "core-0515", () -> scf.vouchers(core, 2, VOUCHER, LocalDate.of(2026, 5, 15), invoiced),
                "core-0815", () -> scf.vouchers(core, 4, VOUCHER, LocalDate.of(2026, 8, 15), invoiced),
                "core-late", () -> scf.vouchers(core, 2, VOUCHER, LATE, invoiced),
                "core2-0615", () -> scf.vouchers(core2, 3, VOUCHER, LocalDate.of(2026, 6, 15), invoiced),
                "core2-0915", () -> scf.vouchers(core2, 2, VOUCHER, LocalDate.of(2026, 9, 15), invoiced),
                "core2-1201", () -> scf.vouchers(core2, 2, VOUCHER, LocalDate.of(2026, 12, 1), invoiced),
                "core3-0801", () -> scf.vouchers(core3, 1, VOUCHER, DEFAULTING, invoiced),
                "core3-0901", () -> scf.vouchers(core3, 2, VOUCHER, LocalDate.of(2026, 9, 1), invoiced),
                "core3-late", () -> scf.vouchers(core3, 2, VOUCHER, LATE, invoiced));
        inParallel(plan.entrySet().stream().<Runnable>map(e -> () -> trees.put(e.getKey(), e.getValue().get())).toList());
    }

    private String part(String tree, int index) {
        return trees.get(tree).parts().get(index);
    }

    private Response add(List<String> voucherIds) {
        return desk.as(cast.originator).body(Map.of("voucherIds", voucherIds)).post("/deals/" + poolId + "/assets");
    }

    private void appoint(String role, Member provider) {
        desk.as(cast.manager).body(Map.of("role", role, "providerId", provider.id()))
                .post("/deals/" + poolId + "/appointments").then().statusCode(201);
    }

    private void attest(Member provider, String kind) {
        desk.as(provider).body(Map.of("kind", kind, "opinion", "UNQUALIFIED", "documentHash", Hashes.sha256Hex(kind)))
                .post("/deals/" + poolId + "/attestations").then().statusCode(201);
    }

    private void rate(String tranche, String grade) {
        desk.as(cast.rater).body(Map.of("trancheClass", tranche, "grade", grade))
                .post("/deals/" + poolId + "/ratings").then().statusCode(201);
    }

    private void order(Member investor, String tranche, long units) {
        desk.as(investor).body(Map.of("trancheClass", tranche, "units", units))
                .post("/deals/" + poolId + "/orders").then().statusCode(201);
    }

    private Response stress(Member caller, String scenario) {
        return desk.as(caller).body(scenario).post("/deals/" + poolId + "/stress");
    }

    private StressAnswer stressAnswer(Member caller, String scenario) {
        return AbsDesk.body(stress(caller, scenario).then().statusCode(200).extract().response(), StressAnswer.class);
    }

    /** A tranche's answer when every path is the same: the loss is the expected and the worst one. */
    private static TrancheStress stressed(TrancheClass tranche, long principal, long loss, int paths,
            Integer firstShortfallPeriod, String weightedAverageLife) {
        boolean loses = loss > 0;
        return new TrancheStress(tranche, cny(principal), new BigDecimal(loss).setScale(2),
                new BigDecimal(loss * 10_000).divide(new BigDecimal(principal), 2, RoundingMode.HALF_UP),
                loses ? paths : 0, new BigDecimal(loses ? 10_000 : 0).setScale(2), cny(loss), firstShortfallPeriod,
                firstShortfallPeriod == null ? null : List.of(P1, P2, P3).get(firstShortfallPeriod - 1),
                weightedAverageLife == null ? null : new BigDecimal(weightedAverageLife));
    }

    /** The obligor pays the tree on its maturity date, through its bank and settlement-service. */
    private SettlementOutcome pay(String tree, LocalDate on) {
        StackClock.at(on);
        SettlementOutcome outcome = bank.pay(trees.get(tree), on);
        assertThat(outcome.applied()).isEqualTo(cny(trees.get(tree).fen()));
        return outcome;
    }

    private Response runPaymentDate(String report) {
        return desk.as(cast.manager).body(Map.of("documentHash", Hashes.sha256Hex("report " + report)))
                .post("/deals/" + poolId + "/payment-dates");
    }

    private Distribution run(LocalDate date, String report) {
        StackClock.at(date);
        Distribution distribution = AbsDesk.result(runPaymentDate(report).then().statusCode(201).extract().response(),
                Distribution.class);
        assertThat(distribution.report().paymentDate()).isEqualTo(date);
        assertThat(distribution.report().documentHash()).isEqualTo(Hashes.sha256Hex("report " + report));
        distributions.add(distribution);
        return distribution;
    }

    private static void inParallel(List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(MAKING_AT_ONCE);
        try {
            tasks.stream().map(task -> CompletableFuture.runAsync(task, pool)).toList().forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    /** The report's figures and conservation: collected + carried in = fees + payouts + carried out. */
    private static void assertPeriod(Distribution d, long collected, long carriedIn, long defaulted, boolean trigger,
            List<Long> stepsInOrder) {
        ServicerReport report = d.report();
        assertThat(report.collected()).isEqualTo(cny(collected));
        assertThat(report.carriedIn()).isEqualTo(cny(carriedIn));
        assertThat(report.defaultedPrincipal()).isEqualTo(cny(defaulted));
        assertThat(report.triggerHit()).isEqualTo(trigger);
        assertThat(report.steps()).extracting(s -> s.amount().minor()).containsExactlyElementsOf(stepsInOrder);
        long fees = report.steps().get(0).amount().minor();
        long paidOut = d.payouts().stream().mapToLong(p -> p.amount().minor()).sum();
        assertThat(collected + carriedIn).isEqualTo(fees + paidOut + report.carriedOut().minor());
        assertThat(report.carriedOut()).isEqualTo(cny(0));
    }

    private static List<Long> outstanding(Distribution d) {
        return d.state().tranches().stream().map(t -> t.outstandingPrincipal().minor()).toList();
    }

    private static PayoutInstruction pay(Member investor, TrancheClass tranche, PayoutKind kind, long fen) {
        return new PayoutInstruction(investor.id(), tranche, kind, cny(fen));
    }

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }
}
