package io.trellis.scf;

import static io.trellis.scf.support.Api.as;
import static io.trellis.scf.support.Api.eventually;
import static io.trellis.scf.support.ScfRecords.MATURITY;
import static io.trellis.scf.support.ScfRecords.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.FinancingApplied;
import io.trellis.chaincode.api.event.FinancingStatusChanged;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.event.InvoiceStatusChanged;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.ScfRecords;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.keycloak.KeycloakUsers;
import io.trellis.testing.projection.RelayedLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desks' lists (GET /financings, /invoices, /settlements): each party sees exactly what names it, as the single
 * reads do, operators their organisation's parties', auditors all; narrowed in the database, so totals and pages
 * count only that. Fresh parties with Keycloak users of their own; records projected into this class's own schema.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class DeskListingsIT {
    private static final String CORE = FreshPartyIds.next();
    private static final String SUPPLIER = FreshPartyIds.next();
    private static final String SUPPLIER_TWO = FreshPartyIds.next();
    private static final String BANK = FreshPartyIds.next();
    private static final String BANK_TWO = FreshPartyIds.next();
    private static final String RUN = ScfRecords.hex(3);

    private static RelayedLedger ledger;
    private static KeycloakUsers users;
    private static Invoice sold;
    private static Invoice confirmed;
    private static Invoice soldByTwo;
    private static Financing applied;
    private static Financing declined;
    private static Financing askedOfTwo;
    private static String paymentOne;
    private static String paymentTwo;
    private static String payoutToSupplier;
    private static String payoutToTwo;
    private static List<String> paymentOnePayouts;
    private static String secondPayoutToTwo;

    @BeforeAll
    static void projectTwoBanksBusiness() {
        users = KeycloakUsers.ofLocalStack();
        ledger = new RelayedLedger();
        ledger.commit(party(CORE, PartyRole.CORE_ENTERPRISE, Org.PLATFORM),
                party(SUPPLIER, PartyRole.SUPPLIER, Org.PLATFORM),
                party(SUPPLIER_TWO, PartyRole.SUPPLIER, Org.PLATFORM),
                party(BANK, PartyRole.FINANCIER, Org.BANK),
                party(BANK_TWO, PartyRole.FINANCIER, Org.BANK));

        sold = ScfRecords.invoice(SUPPLIER, CORE, 11_000_000L);
        confirmed = ScfRecords.invoice(SUPPLIER, CORE, 22_000_000L);
        soldByTwo = ScfRecords.invoice(SUPPLIER_TWO, CORE, 33_000_000L);
        ledger.commit(new InvoiceRegistered(sold), new InvoiceRegistered(confirmed), new InvoiceRegistered(soldByTwo));
        ledger.commit(new InvoiceStatusChanged(confirmed.id(), InvoiceStatus.REGISTERED, InvoiceStatus.CONFIRMED, null,
                null, 2));

        Voucher first = ScfRecords.root(CORE, SUPPLIER, 10_000_000L, List.of());
        Voucher second = ScfRecords.root(CORE, SUPPLIER, 20_000_000L, List.of());
        Voucher third = ScfRecords.root(CORE, SUPPLIER_TWO, 30_000_000L, List.of());
        applied = ScfRecords.financing(first, BANK);
        declined = ScfRecords.financing(second, BANK);
        askedOfTwo = ScfRecords.financing(third, BANK_TWO);
        ledger.commit(new FinancingApplied(applied), new FinancingApplied(declined), new FinancingApplied(askedOfTwo));
        ledger.commit(new FinancingStatusChanged(declined.id(), second.id(), FinancingStatus.APPLIED,
                FinancingStatus.DECLINED, null, null, "over our sector limit", 2));

        // BANK posts CORE's payment paying both suppliers; BANK_TWO posts one paying SUPPLIER_TWO only.
        paymentOne = "PAY-" + ScfRecords.hex(6);
        paymentTwo = "PAY-" + ScfRecords.hex(6);
        payoutToSupplier = ScfRecords.id("PO") + "-01";
        payoutToTwo = payoutToSupplier.replace("-01", "-02");
        // A payment's payouts are listed in voucher id order, and the two vouchers' ids are random.
        paymentOnePayouts = first.id().compareTo(third.id()) < 0 ? List.of(payoutToSupplier, payoutToTwo)
                : List.of(payoutToTwo, payoutToSupplier);
        secondPayoutToTwo = ScfRecords.id("PO") + "-01";
        ledger.commit(new PaymentApplied(paymentOne, BANK, CORE, MATURITY, cny(40_000_000L), cny(40_000_000L), cny(0)),
                new PayoutInstructed(paymentOne, BANK, MATURITY,
                        new Payout(payoutToSupplier, first.id(), SUPPLIER, null, cny(10_000_000L))),
                new PayoutInstructed(paymentOne, BANK, MATURITY,
                        new Payout(payoutToTwo, third.id(), SUPPLIER_TWO, null, cny(30_000_000L))));
        ledger.commit(
                new PaymentApplied(paymentTwo, BANK_TWO, CORE, MATURITY, cny(5_000_000L), cny(5_000_000L), cny(0)),
                new PayoutInstructed(paymentTwo, BANK_TWO, MATURITY,
                        new Payout(secondPayoutToTwo, third.id(), SUPPLIER_TWO, null, cny(5_000_000L))));
    }

    /** Waits until an auditor sees every record this class projected, so an empty list below is visibility, not lag. */
    @BeforeEach
    void projected() {
        eventually(() -> {
            as("auditor1").get("/invoices").then().statusCode(200).body("total", equalTo(3));
            as("auditor1").get("/financings").then().statusCode(200).body("total", equalTo(3))
                    .body("items.status", containsInAnyOrder("APPLIED", "DECLINED", "APPLIED"));
            as("auditor1").get("/settlements").then().statusCode(200).body("total", equalTo(2))
                    .body("items.payouts.flatten()", hasSize(3));
        });
    }

    @AfterAll
    static void cleanUp() {
        ledger.close();
        users.close();
    }

    private static PartyRegistered party(String id, PartyRole role, Org org) {
        users.create(username(id), id, org.mspId(), role.name().toLowerCase(Locale.ROOT));
        return new PartyRegistered(ScfRecords.party(id, role, org));
    }

    private static String username(String partyId) {
        return "it-list-" + RUN + "-" + partyId.toLowerCase(Locale.ROOT);
    }

    private static RequestSpecification asParty(String partyId) {
        return RestAssured.given().auth().oauth2(users.token(username(partyId)));
    }

    @Test
    void a_financier_lists_the_requests_asked_of_it_and_narrows_them_by_status() {
        asParty(BANK).get("/financings").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(applied.id(), declined.id()));
        asParty(BANK).queryParam("status", "APPLIED").get("/financings").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(applied.id()))
                .body("items[0].faceAmount.minor", equalTo(10_000_000)).body("items[0].obligorId", equalTo(CORE))
                .body("items[0].maturityDate", equalTo(MATURITY.toString()));
        asParty(BANK).queryParam("status", "DECLINED").get("/financings").then().statusCode(200)
                .body("items.reason", contains("over our sector limit"));
        asParty(BANK_TWO).get("/financings").then().statusCode(200).body("items.id", contains(askedOfTwo.id()))
                .body("total", equalTo(1));
    }

    @Test
    void financings_page_in_the_order_they_were_applied_for() {
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            pages.addAll(asParty(BANK).queryParam("size", 1).queryParam("page", page).get("/financings").then()
                    .statusCode(200).body("total", equalTo(2)).body("items", hasSize(1))
                    .extract().<List<String>>path("items.id"));
        }
        assertThat(pages).containsExactlyInAnyOrder(applied.id(), declined.id());
        asParty(BANK).queryParam("size", 1).queryParam("page", 2).get("/financings").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(2));
    }

    @Test
    void an_applicant_lists_its_own_financings_and_the_obligor_none() {
        asParty(SUPPLIER).get("/financings").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(applied.id(), declined.id()));
        asParty(SUPPLIER_TWO).get("/financings").then().statusCode(200).body("items.id", contains(askedOfTwo.id()));
        asParty(CORE).get("/financings").then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void operators_list_their_organisations_financings_and_a_wrong_status_is_refused() {
        as("operator.bank").get("/financings").then().statusCode(200).body("total", equalTo(3));
        as("operator.securities").get("/financings").then().statusCode(200).body("total", equalTo(0));
        asParty(BANK).queryParam("status", "approved").get("/financings").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_ARGUMENT"));
        asParty(BANK).queryParam("size", 0).get("/financings").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void a_buyer_lists_the_invoices_addressed_to_it_and_a_seller_its_own() {
        asParty(CORE).get("/invoices").then().statusCode(200).body("total", equalTo(3))
                .body("items.id", containsInAnyOrder(sold.id(), confirmed.id(), soldByTwo.id()));
        asParty(CORE).queryParam("status", "CONFIRMED").get("/invoices").then().statusCode(200)
                .body("items.id", contains(confirmed.id())).body("items[0].amount.minor", equalTo(22_000_000));
        asParty(SUPPLIER).get("/invoices").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(sold.id(), confirmed.id()));
        asParty(SUPPLIER_TWO).get("/invoices").then().statusCode(200).body("items.id", contains(soldByTwo.id()));
        asParty(BANK).get("/invoices").then().statusCode(200).body("total", equalTo(0));
        as("operator.bank").get("/invoices").then().statusCode(200).body("total", equalTo(0));
        as("operator.platform").get("/invoices").then().statusCode(200).body("total", equalTo(3));
        asParty(CORE).queryParam("status", "PAID").get("/invoices").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void the_obligor_and_the_posting_bank_list_every_payout_of_their_payments() {
        asParty(BANK).get("/settlements").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].paymentId", equalTo(paymentOne)).body("items[0].obligorId", equalTo(CORE))
                .body("items[0].amount.minor", equalTo(40_000_000))
                .body("items[0].payouts.payoutId", contains(paymentOnePayouts.toArray()));
        asParty(BANK_TWO).get("/settlements").then().statusCode(200).body("items.paymentId", contains(paymentTwo));
        asParty(CORE).get("/settlements").then().statusCode(200).body("total", equalTo(2))
                .body("items.paymentId", containsInAnyOrder(paymentOne, paymentTwo))
                .body("items.payouts.flatten()", hasSize(3));
        asParty(CORE).queryParam("bank", BANK_TWO).queryParam("obligor", CORE).get("/settlements").then()
                .statusCode(200).body("items.paymentId", contains(paymentTwo)).body("total", equalTo(1));
    }

    @Test
    void a_payee_lists_only_its_own_payouts_and_others_see_nothing() {
        asParty(SUPPLIER).get("/settlements").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].paymentId", equalTo(paymentOne))
                .body("items[0].payouts.payoutId", contains(payoutToSupplier))
                .body("items[0].payouts[0].amount.minor", equalTo(10_000_000));
        asParty(SUPPLIER_TWO).queryParam("bank", BANK).get("/settlements").then().statusCode(200)
                .body("items[0].payouts.payoutId", contains(payoutToTwo)).body("total", equalTo(1));
        asParty(SUPPLIER_TWO).get("/settlements").then().statusCode(200).body("total", equalTo(2))
                .body("items.payouts.flatten().payoutId", containsInAnyOrder(payoutToTwo, secondPayoutToTwo));
        // Asking about another obligor's payments only narrows: nothing of someone else's comes back.
        asParty(SUPPLIER).queryParam("bank", BANK_TWO).get("/settlements").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        as("operator.securities").get("/settlements").then().statusCode(200).body("total", equalTo(0));
        as("operator.bank").get("/settlements").then().statusCode(200).body("total", equalTo(2))
                .body("items.payouts.flatten()", hasSize(3));
    }
}
