package io.trellis.abs.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.abs.WaterfallStep;
import io.trellis.chaincode.api.event.AttestationRecorded;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.chaincode.api.event.DealAllocated;
import io.trellis.chaincode.api.event.DealStatusChanged;
import io.trellis.chaincode.api.event.DealStructured;
import io.trellis.chaincode.api.event.HoldingsIssued;
import io.trellis.chaincode.api.event.InvestorPayoutInstructed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.PoolAssetRemoved;
import io.trellis.chaincode.api.event.PoolCreated;
import io.trellis.chaincode.api.event.ProviderAppointed;
import io.trellis.chaincode.api.event.ServicerReportRecorded;
import io.trellis.chaincode.api.event.VoucherPaid;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.testing.keycloak.KeycloakUsers;
import io.trellis.testing.projection.RelayedLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read models and reports projected from a deal's ledger events, published on a topic of the test's own as the
 * relay publishes them, and read over REST as the realm's demo users: what each reader sees, the see-through to the
 * vouchers' status now, events that overtake the pool's creation, a redelivered event, and the reports' figures.
 * (AbsScenarioIT checks the same reads against a deal run on the real ledger.)
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedDealEvents.class, restrictToAnnotatedClass = true)
class DealReadModelIT {
    private static final String MANAGER = "91310000MA1K00005M";       // securities1
    private static final String ORIGINATOR = "91310000MA1K00002C";    // supplier1
    private static final String OBLIGOR = "91310000MA1K000019";       // core1
    private static final String INVESTOR = "91310000MA1K000006";      // investor1
    private static final String PROVIDER = "91310000MA1K00007U";      // provider1
    private static final String OTHER_INVESTOR = "913100000000000413";
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 3, 2);
    private static final LocalDate P1 = LocalDate.of(2026, 7, 1);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Random IDS = new Random();

    private static RelayedLedger ledger;
    private static String deal;
    private static String structuring;
    private static String settled;
    private static String overdue;
    private static String creationTx;
    private static String reportTx;
    private static long reportBlock;
    private static boolean projected;

    @BeforeAll
    static void theLedgerRunsTwoDeals() {
        ledger = new RelayedLedger();
        deal = poolId();
        structuring = poolId();
        settled = "CV" + hex(10);
        overdue = "CV" + hex(10);
        String removed = "CV" + hex(10);

        // The manager's party is registered at SecuritiesMSP: its operator speaks for it.
        ledger.commit(new PartyRegistered(new Party(MANAGER, "Securities One", List.of(PartyRole.SECURITIES_FIRM),
                Org.SECURITIES, KycStatus.APPROVED, null, "2026-01-05T09:00:00Z", "operator", 1)));
        // An appointment to the second deal overtakes the deal's creation: it waits, and counts once it is there.
        List<LedgerEventMessage> earlyAppointment = ledger.record(new ProviderAppointed(structuring,
                new ProviderAppointment(ProviderRole.LAW_FIRM, PROVIDER, "2026-03-02T10:00:00Z")));
        ledger.deliver(earlyAppointment);
        ledger.commit(new PoolCreated(pool(structuring)));

        creationTx = ledger.commit(new PoolCreated(pool(deal))).getFirst().transactionId();
        List<LedgerEventMessage> firstAdded = ledger.commit(
                pooled(settled), added(settled), pooled(overdue), added(overdue), pooled(removed), added(removed));
        ledger.commit(new VoucherStatusChanged(removed, VoucherStatus.POOLED, VoucherStatus.ACTIVE, ORIGINATOR, 4),
                new PoolAssetRemoved(deal, removed));
        ledger.deliver(firstAdded.subList(1, 2));
        ledger.commit(new ProviderAppointed(deal,
                        new ProviderAppointment(ProviderRole.LAW_FIRM, PROVIDER, "2026-03-03T10:00:00Z")),
                new AttestationRecorded(deal, new Attestation(AttestationKind.LEGAL_OPINION, PROVIDER,
                        AttestationOpinion.UNQUALIFIED, "a".repeat(64))),
                new AttestationRecorded(deal, new Attestation(AttestationKind.AUDIT, PROVIDER,
                        AttestationOpinion.ADVERSE, "b".repeat(64))));
        ledger.commit(new AttestationWithdrawn(deal, AttestationKind.AUDIT, PROVIDER));
        ledger.commit(new DealStructured(deal, new DealStructure(cny(20_000_000), List.of(
                new TrancheTerms(TrancheClass.SENIOR, cny(15_000_000), 400),
                new TrancheTerms(TrancheClass.SUBORDINATED, cny(5_000_000), 0)), cny(10_000),
                LocalDate.of(2026, 4, 1), List.of(P1, LocalDate.of(2026, 10, 1)), 500)));
        ledger.commit(new DealStatusChanged(deal, DealStatus.STRUCTURING, DealStatus.SUBSCRIPTION_OPEN, 3));
        ledger.commit(new DealStatusChanged(deal, DealStatus.SUBSCRIPTION_OPEN, DealStatus.ALLOCATED, 4),
                new DealAllocated(deal, List.of(
                        new TrancheAllocation(TrancheClass.SENIOR, 1_500, 1_800, List.of(
                                new Holding(INVESTOR, TrancheClass.SENIOR, 1_000),
                                new Holding(OTHER_INVESTOR, TrancheClass.SENIOR, 500))),
                        new TrancheAllocation(TrancheClass.SUBORDINATED, 500, 500, List.of(
                                new Holding(OTHER_INVESTOR, TrancheClass.SUBORDINATED, 500))))));
        ledger.commit(new DealStatusChanged(deal, DealStatus.ALLOCATED, DealStatus.ISSUED, 5),
                new HoldingsIssued(deal, List.of(new Holding(INVESTOR, TrancheClass.SENIOR, 1_000),
                        new Holding(OTHER_INVESTOR, TrancheClass.SENIOR, 500),
                        new Holding(OTHER_INVESTOR, TrancheClass.SUBORDINATED, 500))));
        // One voucher is paid in full, the other marked overdue by the manager, its holder.
        ledger.commit(new VoucherPaid(settled, "PAY-" + hex(6), cny(10_000_000), cny(0), VoucherStatus.SETTLED, 4));
        ledger.commit(new VoucherStatusChanged(overdue, VoucherStatus.POOLED, VoucherStatus.OVERDUE, MANAGER, 4));
        // P1: 10,000,000 collected. Senior interest 15,000,000 x 400 x 91 / 3,650,000 = 149,589.04 -> 149,589;
        // senior principal takes the rest, 9,840,411; both shared 1,000 : 500.
        LedgerEventMessage report = ledger.commit(new ServicerReportRecorded(deal, new ServicerReport(P1, LocalDate.of(2026, 4, 1),
                        cny(10_000_000), cny(0), cny(0), false, List.of(
                                step(WaterfallStep.FEES, 10_000), step(WaterfallStep.SENIOR_INTEREST, 149_589),
                                step(WaterfallStep.MEZZANINE_INTEREST, 0),
                                step(WaterfallStep.SENIOR_PRINCIPAL, 9_840_411),
                                step(WaterfallStep.MEZZANINE_PRINCIPAL, 0),
                                step(WaterfallStep.SUBORDINATED_PRINCIPAL, 0),
                                step(WaterfallStep.SUBORDINATED_RESIDUAL, 0)),
                        List.of(new TrancheBalance(TrancheClass.SENIOR, cny(5_159_589), cny(0)),
                                new TrancheBalance(TrancheClass.SUBORDINATED, cny(5_000_000), cny(0))),
                        cny(0), cny(0), "c".repeat(64))),
                payout(INVESTOR, PayoutKind.INTEREST, 99_726), payout(OTHER_INVESTOR, PayoutKind.INTEREST, 49_863),
                payout(INVESTOR, PayoutKind.PRINCIPAL, 6_560_274),
                payout(OTHER_INVESTOR, PayoutKind.PRINCIPAL, 3_280_137),
                new DealStatusChanged(deal, DealStatus.ISSUED, DealStatus.AMORTISING, 6)).getFirst();
        reportTx = report.transactionId();
        reportBlock = report.blockNumber();
    }

    /** REST Assured knows the service's port only once a test runs: the first one waits for the projection. */
    @BeforeEach
    void theDealIsProjected() {
        if (projected) {
            return;
        }
        // Each deal's events share its key, so once its last change shows, every event before it was applied;
        // each voucher's events are keyed by the voucher.
        eventually(() -> as("securities1").get("/deals/" + deal + "/summary").then().statusCode(200)
                .body("status", equalTo("AMORTISING")));
        eventually(() -> as("securities1").get("/deals/" + deal + "/pool").then().statusCode(200)
                .body("items.status", contains(statusOrder("SETTLED", "OVERDUE"))));
        projected = true;
    }

    @AfterAll
    static void disconnect() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void the_manager_sees_the_deal_whole_with_its_trigger_state_and_sources() {
        as("securities1").get("/deals/" + deal + "/summary").then().statusCode(200)
                .body("managerId", equalTo(MANAGER))
                .body("originatorId", equalTo(ORIGINATOR))
                .body("poolPrincipal.minor", equalTo(20_000_000))
                .body("assetCount", equalTo(2))
                .body("paymentDates", contains("2026-07-01", "2026-10-01"))
                .body("tranches.trancheClass", contains("SENIOR", "SUBORDINATED"))
                .body("tranches.outstandingPrincipal.minor", contains(5_159_589, 5_000_000))
                .body("tranches.offeredUnits", contains(1_500, 500))
                .body("tranches.subscribedUnits", contains(1_800, 500))
                .body("triggerHit", equalTo(false))
                .body("lastPaymentDate", equalTo("2026-07-01"))
                .body("transactionId", equalTo(creationTx))
                .body("lastTransactionId", equalTo(reportTx));
        as("securities1").queryParam("status", "AMORTISING").get("/deals").then().statusCode(200)
                .body("items.poolId", hasItem(deal))
                .body("items.poolId", not(hasItem(structuring)));
        as("securities1").queryParam("status", "ISSUING").get("/deals").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void the_pool_is_seen_through_to_each_vouchers_status_now() {
        as("supplier1").get("/deals/" + deal + "/pool").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.voucherId", contains(order(settled, overdue)))
                .body("items.status", contains(statusOrder("SETTLED", "OVERDUE")))
                .body("items.outstanding.minor", contains(outstandingOrder()))
                .body("items.principalAtPooling.minor", contains(10_000_000, 10_000_000));
        as("supplier1").get("/deals/" + deal + "/pool/obligors").then().statusCode(200)
                .body("obligorId", contains(OBLIGOR))
                .body("vouchers", contains(2))
                .body("principalAtPooling.minor", contains(20_000_000));
    }

    @Test
    void an_investor_sees_the_offered_deal_with_only_its_own_holdings_and_payouts() {
        as("investor1").get("/deals/" + deal + "/holdings").then().statusCode(200)
                .body("investorId", contains(INVESTOR))
                .body("units", contains(1_000))
                .body("face.minor", contains(10_000_000));
        as("investor1").get("/deals/" + deal + "/distributions").then().statusCode(200)
                .body("[0].steps.amount.minor", contains(10_000, 149_589, 0, 9_840_411, 0, 0, 0))
                .body("[0].payouts.investorId", contains(INVESTOR, INVESTOR))
                .body("[0].payouts.amount.minor", contains(99_726, 6_560_274))
                .body("[0].transactionId", equalTo(reportTx));
        as("securities1").get("/deals/" + deal + "/distributions").then().statusCode(200)
                .body("[0].payouts.amount.minor", contains(99_726, 49_863, 6_560_274, 3_280_137));
        as("investor1").get("/investors/" + INVESTOR + "/holdings").then().statusCode(200)
                .body("poolId", contains(deal));
        as("investor1").get("/investors/" + OTHER_INVESTOR + "/holdings").then().statusCode(403)
                .body("code", equalTo("NOT_ALLOWED"));
    }

    @Test
    void a_deal_still_structuring_is_hidden_from_investors_as_if_it_did_not_exist() {
        as("investor1").get("/deals/" + structuring + "/summary").then().statusCode(404)
                .body("code", equalTo("POOL_NOT_FOUND"));
        as("investor1").get("/deals").then().statusCode(200).body("items.poolId", not(hasItem(structuring)));
    }

    @Test
    void an_appointed_provider_sees_the_deal_without_positions_and_an_early_appointment_counts() {
        as("provider1").get("/deals/" + deal + "/holdings").then().statusCode(200).body("$", empty());
        as("provider1").get("/deals/" + deal + "/due-diligence").then().statusCode(200)
                .body("appointments.providerId", contains(PROVIDER))
                .body("attestations.kind", contains("LEGAL_OPINION"));
        eventually(() -> as("provider1").get("/deals/" + structuring + "/summary").then().statusCode(200)
                .body("status", equalTo("STRUCTURING")));
    }

    @Test
    void an_unrelated_party_and_another_organisations_operator_see_nothing() {
        as("core1").get("/deals/" + deal + "/tranches").then().statusCode(404).body("code", equalTo("POOL_NOT_FOUND"));
        as("core1").get("/deals").then().statusCode(200).body("items.poolId", not(hasItem(deal)));
        as("operator.bank").get("/deals/" + deal + "/reports/" + P1 + ".csv").then().statusCode(404)
                .body("code", equalTo("POOL_NOT_FOUND"));
        as("operator.securities").get("/deals").then().statusCode(200).body("items.poolId", hasItem(deal));
    }

    @Test
    void a_redelivered_addition_counts_once() {
        as("securities1").get("/deals/" + deal + "/summary").then().statusCode(200)
                .body("assetCount", equalTo(2))
                .body("poolPrincipal.minor", equalTo(20_000_000));
    }

    @Test
    void the_servicer_report_carries_the_ledgers_figures_and_transaction() throws IOException {
        String csv = as("securities1").get("/deals/" + deal + "/reports/" + P1 + ".csv").then().statusCode(200)
                .header("Content-Disposition", containsString("servicer-report-" + deal + "-2026-07-01.csv"))
                .extract().asString();
        assertThat(csv.split("\r\n")).contains("Collected in the period,\"100,000.00\"",
                "Paid to the tranches,\"99,900.00\"", "4,Senior principal,\"98,404.11\"",
                "Senior,4.00%,\"150,000.00\",\"150,000.00\",\"51,595.89\",0.00",
                "Total,,,\"99,900.00\"",
                "Payment date 2026-07-01: servicer report and payouts," + reportBlock + "," + reportTx);

        String pdf = text(as("investor1").get("/deals/" + deal + "/reports/" + P1 + ".pdf").then().statusCode(200)
                .extract().asByteArray());
        assertThat(pdf).contains("Payouts to you").contains(INVESTOR + " Senior Principal 65,602.74")
                .doesNotContain(OTHER_INVESTOR).contains(reportTx);

        as("securities1").get("/deals/" + deal + "/reports/2026-10-01.pdf").then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        as("securities1").get("/deals/" + deal + "/reports/2026-13-01.pdf").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void an_investor_statement_is_the_investors_own() throws IOException {
        String csv = as("investor1").queryParam("deal", deal).get("/investors/" + INVESTOR + "/statement.csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).contains("2026-07-01,997.26,\"65,602.74\",0.00,\"66,600.00\"",
                "Total,997.26,\"65,602.74\",0.00,\"66,600.00\"", "Senior,4.00%,1000,\"100,000.00\"");

        String pdf = text(as("securities1").queryParam("deal", deal)
                .get("/investors/" + OTHER_INVESTOR + "/statement.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(pdf).contains("Total 498.63 32,801.37 0.00 33,300.00");

        as("investor1").queryParam("deal", deal).get("/investors/" + OTHER_INVESTOR + "/statement.pdf")
                .then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));
        as("investor1").get("/investors/" + INVESTOR + "/statement.pdf").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }

    // --- The ledger's records.

    private static Pool pool(String id) {
        return new Pool(id, MANAGER, ORIGINATOR, new PoolCriteria("CNY", 30, 365, 10_000,
                List.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED)),
                List.of(AttestationKind.LEGAL_OPINION), CUT_OFF, cny(0), 0, "2026-03-02T09:00:00Z", 1);
    }

    private static VoucherStatusChanged pooled(String voucher) {
        return new VoucherStatusChanged(voucher, VoucherStatus.ACTIVE, VoucherStatus.POOLED, MANAGER, 3);
    }

    private static PoolAssetAdded added(String voucher) {
        return new PoolAssetAdded(new PoolEntry(deal, voucher, OBLIGOR, cny(10_000_000), LocalDate.of(2026, 6, 30),
                VoucherStatus.ACTIVE, ORIGINATOR, CUT_OFF));
    }

    private static StepAmount step(WaterfallStep step, long fen) {
        return new StepAmount(step, cny(fen));
    }

    private static InvestorPayoutInstructed payout(String investor, PayoutKind kind, long fen) {
        return new InvestorPayoutInstructed(new InvestorPayout(deal, P1,
                new PayoutInstruction(investor, TrancheClass.SENIOR, kind, cny(fen))));
    }

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    // --- Reading.

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(username, KeycloakUsers.ofLocalStack()::token));
    }

    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String poolId() {
        return "AP" + hex(10);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        IDS.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String[] order(String first, String second) {
        return first.compareTo(second) < 0 ? new String[] {first, second} : new String[] {second, first};
    }

    private static String[] statusOrder(String settledStatus, String overdueStatus) {
        return settled.compareTo(overdue) < 0 ? new String[] {settledStatus, overdueStatus}
                : new String[] {overdueStatus, settledStatus};
    }

    private static Integer[] outstandingOrder() {
        return settled.compareTo(overdue) < 0 ? new Integer[] {0, 10_000_000} : new Integer[] {10_000_000, 0};
    }
}
