package io.trellis.scf;

import static io.restassured.RestAssured.given;
import static io.trellis.scf.support.Api.as;
import static io.trellis.scf.support.Api.eventually;
import static io.trellis.scf.support.ScfRecords.BANK1;
import static io.trellis.scf.support.ScfRecords.CORE1;
import static io.trellis.scf.support.ScfRecords.SUPPLIER1;
import static io.trellis.scf.support.ScfRecords.SUPPLIER2;
import static io.trellis.scf.support.ScfRecords.cny;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineStatus;
import io.trellis.chaincode.api.event.CreditLineChanged;
import io.trellis.chaincode.api.event.CreditLineGranted;
import io.trellis.chaincode.api.event.CreditLineReleased;
import io.trellis.chaincode.api.event.CreditLineUsed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.PoolAssetRemoved;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.chaincode.api.event.VoucherIssued;
import io.trellis.chaincode.api.event.VoucherSplit;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.event.VoucherTransferred;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.ScfRecords;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.projection.RelayedLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the projection copes with Kafka's delivery: repeats, events overtaking others, and the API's bounds. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class ProjectionDeliveryIT {
    private static final String SECURITIES1 = "91310000MA1K00005M";
    private static RelayedLedger ledger;

    @BeforeAll
    static void connect() {
        ledger = new RelayedLedger();
    }

    @AfterAll
    static void disconnect() {
        ledger.close();
    }

    private static Voucher issuedAndAccepted(String holder, long fen) {
        Voucher root = ScfRecords.root(CORE1, holder, fen, List.of());
        ledger.commit(new VoucherIssued(root));
        ledger.commit(new VoucherStatusChanged(root.id(), VoucherStatus.ISSUED, VoucherStatus.ACTIVE, holder, 2));
        return root;
    }

    @Test
    void a_redelivered_use_of_a_credit_line_counts_once() {
        CreditLine line = ScfRecords.line(BANK1, FreshPartyIds.next(), 90_000_000L);
        List<LedgerEventMessage> granted = ledger.commit(new CreditLineGranted(line));
        List<LedgerEventMessage> used = ledger.commit(new CreditLineUsed(line.id(), ScfRecords.id("CV"), cny(25_000_000)));
        ledger.deliver(used);
        ledger.deliver(granted);
        ledger.deliver(used);
        ledger.commit(new CreditLineReleased(line.id(), ScfRecords.id("CV"), cny(5_000_000)));

        // All of them share the line's key, so once the release shows, every delivery before it has been seen.
        eventually(() -> as("auditor1").queryParam("obligor", line.obligorId()).get("/credit-lines")
                .then().statusCode(200)
                .body("items.used.minor", contains(20_000_000))
                .body("items.available.minor", contains(70_000_000))
                .body("items.version", contains(1)));
    }

    @Test
    void a_reduction_then_a_revocation_show_on_the_line_and_a_late_reduction_changes_nothing() {
        CreditLine line = ScfRecords.line(BANK1, FreshPartyIds.next(), 90_000_000L);
        CreditLine reduced = line.changed(cny(60_000_000), CreditLineStatus.ACTIVE);
        CreditLine revoked = reduced.changed(cny(20_000_000), CreditLineStatus.REVOKED);
        List<LedgerEventMessage> reduction = ledger.record(new CreditLineChanged(reduced));
        ledger.commit(new CreditLineGranted(line));
        ledger.commit(new CreditLineUsed(line.id(), ScfRecords.id("CV"), cny(20_000_000)));
        ledger.deliver(reduction);
        eventually(() -> as("auditor1").queryParam("obligor", line.obligorId()).get("/credit-lines")
                .then().statusCode(200)
                .body("items.limit.minor", contains(60_000_000))
                .body("items.status", contains("ACTIVE"))
                .body("items.version", contains(2)));

        ledger.commit(new CreditLineChanged(revoked));
        ledger.deliver(reduction);
        // The release shares the line's key, so once it shows, the revocation and the late reduction were handled.
        ledger.commit(new CreditLineReleased(line.id(), ScfRecords.id("CV"), cny(1)));

        eventually(() -> as("auditor1").queryParam("obligor", line.obligorId()).get("/credit-lines")
                .then().statusCode(200)
                .body("items.limit.minor", contains(20_000_000))
                .body("items.used.minor", contains(19_999_999))
                .body("items.available.minor", contains(1))
                .body("items.status", contains("REVOKED"))
                .body("items.version", contains(3)));
    }

    @Test
    void a_settlement_account_is_for_its_core_and_its_designated_bank() {
        ledger.commit(new SettlementBankDesignated(CORE1, BANK1, "6222-0001", 1));

        for (String user : List.of("core1", "bank1", "auditor1")) {
            eventually(() -> as(user).queryParam("obligor", CORE1).get("/settlement-account").then().statusCode(200)
                    .body("obligorId", equalTo(CORE1))
                    .body("bankId", equalTo(BANK1))
                    .body("accountNumber", equalTo("6222-0001"))
                    .body("version", equalTo(1)));
        }
        as("core1").get("/settlement-account").then().statusCode(200).body("bankId", equalTo(BANK1));
        as("supplier1").queryParam("obligor", CORE1).get("/settlement-account").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("SETTLEMENT_ACCOUNT_NOT_FOUND"));
        as("supplier1").get("/settlement-account").then().statusCode(404);
    }

    @Test
    void a_late_designation_leaves_the_newest_bank_and_the_former_bank_no_longer_sees_it() {
        String core = FreshPartyIds.next();
        String otherBank = FreshPartyIds.next();
        List<LedgerEventMessage> first = ledger.commit(new SettlementBankDesignated(core, BANK1, "6222-0001", 1));
        eventually(() -> as("bank1").queryParam("obligor", core).get("/settlement-account").then().statusCode(200));
        ledger.commit(new SettlementBankDesignated(core, otherBank, "ACC-2", 2));
        ledger.deliver(first);
        // The party's registration shares the core's key: once it shows, the late designation has been handled.
        ledger.commit(new PartyRegistered(core(core)));
        eventually(() -> as("auditor1").get("/parties/" + core).then().statusCode(200));

        as("auditor1").queryParam("obligor", core).get("/settlement-account").then().statusCode(200)
                .body("bankId", equalTo(otherBank))
                .body("accountNumber", equalTo("ACC-2"))
                .body("version", equalTo(2));
        as("bank1").queryParam("obligor", core).get("/settlement-account").then().statusCode(404)
                .body("code", equalTo("SETTLEMENT_ACCOUNT_NOT_FOUND"));
    }

    private static Party core(String id) {
        return new Party(id, "Core " + id, List.of(PartyRole.CORE_ENTERPRISE), Org.PLATFORM, KycStatus.APPROVED,
                new PartyIdentity("PlatformMSP", "x509::CN=" + id + "::CN=ca.platform"), "2026-03-02T08:00:00Z",
                "x509::CN=Admin@platform::CN=ca.platform", 1);
    }

    @Test
    void a_redelivered_or_stale_status_change_leaves_the_newest_state() {
        Voucher root = ScfRecords.root(CORE1, SUPPLIER1, 12_345_678L, List.of());
        List<LedgerEventMessage> issued = ledger.commit(new VoucherIssued(root));
        List<LedgerEventMessage> accepted = ledger.commit(
                new VoucherStatusChanged(root.id(), VoucherStatus.ISSUED, VoucherStatus.ACTIVE, SUPPLIER1, 2));
        List<LedgerEventMessage> overdue = ledger.commit(
                new VoucherStatusChanged(root.id(), VoucherStatus.ACTIVE, VoucherStatus.OVERDUE, SUPPLIER1, 3));
        // Another transaction reporting an older version is not a repeat the claim catches; its version is.
        ledger.commit(new VoucherStatusChanged(root.id(), VoucherStatus.ISSUED, VoucherStatus.REJECTED, SUPPLIER1, 2));
        ledger.deliver(accepted);
        ledger.deliver(issued);
        ledger.deliver(overdue);
        // A payout is keyed by its voucher: once it shows, every event of that voucher before it has been handled.
        String marker = "PAY-" + ScfRecords.hex(6);
        ledger.commit(new PaymentApplied(marker, BANK1, CORE1, root.maturityDate(), cny(1), cny(1), cny(0)),
                new PayoutInstructed(marker, BANK1, LocalDate.of(2026, 9, 1),
                        new Payout(marker + "-01", root.id(), SUPPLIER1, null, cny(1))));

        eventually(() -> as("auditor1").get("/settlements/" + BANK1 + "/" + marker).then().statusCode(200)
                .body("payouts.voucherId", contains(root.id())));
        as("supplier1").get("/vouchers/" + root.id()).then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body("version", equalTo(3))
                .body("outstanding.minor", equalTo(12_345_678))
                .body("lastTransactionId", equalTo(overdue.get(0).transactionId()));
    }

    @Test
    void events_of_children_that_overtake_the_split_creating_them_wait_for_it() {
        Voucher root = issuedAndAccepted(SUPPLIER1, 50_000_000L);
        Voucher first = ScfRecords.child(root, 1, SUPPLIER1, 20_000_000L);
        Voucher second = ScfRecords.child(root, 2, SUPPLIER1, 30_000_000L);
        Voucher grandchild = ScfRecords.child(second, 1, SUPPLIER2, 30_000_000L);
        List<LedgerEventMessage> split = ledger.record(new VoucherSplit(root.id(), List.of(first, second)));
        List<LedgerEventMessage> financing = ledger.record(
                new VoucherStatusChanged(first.id(), VoucherStatus.ACTIVE, VoucherStatus.FINANCING, SUPPLIER1, 2));
        List<LedgerEventMessage> transfer = ledger.record(new VoucherTransferred(second.id(), SUPPLIER1, grandchild));
        List<LedgerEventMessage> accepted = ledger.record(
                new VoucherStatusChanged(grandchild.id(), VoucherStatus.ACTIVE, VoucherStatus.OVERDUE, SUPPLIER2, 2));
        ledger.deliver(accepted);
        ledger.deliver(transfer);
        ledger.deliver(financing);
        ledger.deliver(split);

        eventually(() -> as("core1").get("/vouchers/" + root.id() + "/lineage").then().statusCode(200)
                .body("nodes.voucherId", contains(root.id(), first.id(), second.id(), grandchild.id()))
                .body("nodes.status", contains("SPLIT", "FINANCING", "TRANSFERRED", "OVERDUE"))
                .body("nodes.holderId", contains(SUPPLIER1, SUPPLIER1, SUPPLIER1, SUPPLIER2))
                .body("nodes.tier", contains(1, 2, 2, 3)));
        as("supplier2").get("/vouchers/" + grandchild.id()).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void an_event_whose_voucher_never_arrives_stays_parked_and_is_counted() {
        Voucher root = issuedAndAccepted(SUPPLIER1, 10_000_000L);
        Voucher orphan = ScfRecords.child(root, 9, SUPPLIER1, 10_000_000L);

        ledger.deliver(ledger.record(
                new VoucherStatusChanged(orphan.id(), VoucherStatus.ACTIVE, VoucherStatus.OVERDUE, SUPPLIER1, 2)));

        eventually(() -> given().when().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'parked-ledger-events' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'parked-ledger-events' }.data.parkedEvents",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        as("auditor1").get("/vouchers/" + orphan.id()).then().statusCode(404);
    }

    @Test
    void a_pooled_voucher_names_its_pool_until_it_leaves() {
        Voucher root = issuedAndAccepted(SUPPLIER1, 8_000_000L);
        String pool = ScfRecords.id("AP");
        ledger.commit(new VoucherStatusChanged(root.id(), VoucherStatus.ACTIVE, VoucherStatus.POOLED, SECURITIES1, 3),
                new PoolAssetAdded(new PoolEntry(pool, root.id(), CORE1, cny(8_000_000L), root.maturityDate(),
                        VoucherStatus.ACTIVE, SUPPLIER1, LocalDate.parse("2026-04-01"))));
        eventually(() -> as("securities1").get("/vouchers/" + root.id()).then().statusCode(200)
                .body("status", equalTo("POOLED"))
                .body("poolId", equalTo(pool)));
        as("supplier1").get("/vouchers/" + root.id()).then().statusCode(404);

        ledger.commit(new VoucherStatusChanged(root.id(), VoucherStatus.POOLED, VoucherStatus.ACTIVE, SUPPLIER1, 4),
                new PoolAssetRemoved(pool, root.id()));
        eventually(() -> as("supplier1").get("/vouchers/" + root.id()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("poolId", nullValue()));
    }

    @Test
    void a_listing_is_paged_in_id_order() {
        String holder = FreshPartyIds.next();
        List<String> ids = new ArrayList<>();
        for (long fen : new long[] {100, 200, 300}) {
            Voucher voucher = ScfRecords.root(CORE1, holder, fen, List.of());
            ledger.commit(new VoucherIssued(voucher));
            ids.add(voucher.id());
        }
        ids.sort(null);

        eventually(() -> as("auditor1").queryParam("holder", holder).queryParam("size", 2).get("/vouchers")
                .then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3)));
        as("auditor1").queryParam("holder", holder).queryParam("size", 2).queryParam("page", 1).get("/vouchers")
                .then().statusCode(200)
                .body("items.id", contains(ids.get(2)));
    }

    @Test
    void page_bounds_and_unknown_statuses_are_400_problems() {
        for (String query : List.of("size=0", "size=201", "page=-1", "status=LOST")) {
            as("auditor1").get("/vouchers?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_ARGUMENT"));
        }
        as("bank1").get("/credit-lines?size=201").then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
        as("auditor1").get("/vouchers?size=200").then().statusCode(200);
    }

    @Test
    void unknown_ids_are_404_problems_with_their_codes() {
        as("auditor1").get("/vouchers/CV00000000000000000000").then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        as("auditor1").get("/vouchers/CV00000000000000000000/lineage").then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        as("auditor1").get("/invoices/" + ScfRecords.hex(32)).then().statusCode(404)
                .body("code", equalTo("INVOICE_NOT_FOUND"));
        as("auditor1").get("/financings/FN00000000000000000000").then().statusCode(404)
                .body("code", equalTo("FINANCING_NOT_FOUND"));
        as("auditor1").get("/settlements/" + BANK1 + "/PAY-none").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("SETTLEMENT_NOT_FOUND"));
    }

    @Test
    void every_read_needs_a_token() {
        for (String path : List.of("/vouchers", "/vouchers/CV1", "/vouchers/CV1/lineage", "/invoices/x",
                "/credit-lines", "/financings/FN1", "/settlements/" + BANK1 + "/PAY-1", "/settlement-account")) {
            given().get(path).then().statusCode(401);
        }
    }
}
