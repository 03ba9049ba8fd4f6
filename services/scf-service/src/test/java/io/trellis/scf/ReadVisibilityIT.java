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
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.event.CreditLineGranted;
import io.trellis.chaincode.api.event.FinancingApplied;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.chaincode.api.event.VoucherIssued;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.invoice.Invoice;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each organisation's operator sees in the read models (docs/architecture.md, "Read visibility"): only what
 * names a party its own organisation hosts, as the chaincode answers; lists narrowed in the database so every page
 * and total holds only that; an operator token naming no organisation sees nothing. The parties and records are
 * projected into a schema of this class's own, so every total is exact.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class ReadVisibilityIT {
    private static final String CORE = FreshPartyIds.next();
    private static final String SUPPLIER = FreshPartyIds.next();
    private static final String SUPPLIER_TWO = FreshPartyIds.next();
    private static final String BANK = FreshPartyIds.next();
    private static final String BANK_TWO = FreshPartyIds.next();
    private static final String SECURITIES_FINANCIER = FreshPartyIds.next();
    private static final String NO_ORG_OPERATOR = "it-operator-without-org-" + ScfRecords.hex(4);

    private static RelayedLedger ledger;
    private static KeycloakUsers users;
    private static Invoice invoice;
    private static final List<String> supplierHeld = new ArrayList<>();
    private static final List<String> bankHeld = new ArrayList<>();
    private static Financing financing;
    private static String paymentId;

    @BeforeAll
    static void projectTwoOrganisationsBusiness() {
        users = KeycloakUsers.ofLocalStack();
        users.create(NO_ORG_OPERATOR, "OPERATOR-NONE", null, "operator");
        ledger = new RelayedLedger();
        ledger.commit(new PartyRegistered(ScfRecords.party(CORE, PartyRole.CORE_ENTERPRISE, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(SUPPLIER, PartyRole.SUPPLIER, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(SUPPLIER_TWO, PartyRole.SUPPLIER, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(BANK, PartyRole.FINANCIER, Org.BANK)),
                new PartyRegistered(ScfRecords.party(BANK_TWO, PartyRole.FINANCIER, Org.BANK)),
                new PartyRegistered(ScfRecords.party(SECURITIES_FINANCIER, PartyRole.FINANCIER, Org.SECURITIES)));
        for (String financier : List.of(BANK, BANK_TWO, SECURITIES_FINANCIER)) {
            CreditLine line = ScfRecords.line(financier, CORE, 500_000_000L);
            ledger.commit(new CreditLineGranted(line));
        }
        invoice = ScfRecords.invoice(SUPPLIER, CORE, 120_000_000L);
        ledger.commit(new InvoiceRegistered(invoice));
        for (int i = 0; i < 2; i++) {
            Voucher held = ScfRecords.root(CORE, SUPPLIER, 10_000_000L, List.of(invoice.id()));
            supplierHeld.add(held.id());
            ledger.commit(new VoucherIssued(held));
        }
        // Financed vouchers end up held by the bank: three of them, to page through.
        for (int i = 0; i < 3; i++) {
            Voucher held = ScfRecords.root(CORE, BANK, 20_000_000L, List.of());
            bankHeld.add(held.id());
            ledger.commit(new VoucherIssued(held));
        }
        financing = ScfRecords.financing(ScfRecords.root(CORE, SUPPLIER_TWO, 5_000_000L, List.of()), BANK);
        ledger.commit(new FinancingApplied(financing));
        ledger.commit(new SettlementBankDesignated(CORE, BANK, "6222020000000001", 1));
        paymentId = "PAY-" + ScfRecords.hex(6);
        ledger.commit(new PaymentApplied(paymentId, BANK, CORE, MATURITY, cny(30_000_000L), cny(30_000_000L), cny(0)),
                new PayoutInstructed(paymentId, BANK, MATURITY,
                        new Payout(ScfRecords.id("PO") + "-01", supplierHeld.get(0), SUPPLIER, null, cny(10_000_000L))),
                new PayoutInstructed(paymentId, BANK, MATURITY,
                        new Payout(ScfRecords.id("PO") + "-02", bankHeld.get(0), BANK, null, cny(20_000_000L))));
    }

    @AfterAll
    static void cleanUp() {
        ledger.close();
        users.close();
    }

    private static RequestSpecification noOrgOperator() {
        return RestAssured.given().auth().oauth2(users.token(NO_ORG_OPERATOR));
    }

    /** Waits until an auditor sees every record this class projected, so a 404 below is visibility, not lag. */
    private static void projected() {
        eventually(() -> {
            as("auditor1").get("/parties").then().statusCode(200).body("total", equalTo(6));
            as("auditor1").get("/vouchers").then().statusCode(200).body("total", equalTo(5));
            as("auditor1").get("/credit-lines").then().statusCode(200).body("total", equalTo(3));
            as("auditor1").get("/invoices/" + invoice.id()).then().statusCode(200);
            as("auditor1").get("/financings/" + financing.id()).then().statusCode(200);
            as("auditor1").get("/settlements/" + BANK + "/" + paymentId).then().statusCode(200);
            as("auditor1").queryParam("obligor", CORE).get("/settlement-account").then().statusCode(200);
        });
    }

    @Test
    void a_bank_operator_does_not_see_a_platform_suppliers_invoice_and_the_platform_operator_does() {
        projected();
        as("operator.bank").get("/invoices/" + invoice.id()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("INVOICE_NOT_FOUND"));
        as("operator.securities").get("/invoices/" + invoice.id()).then().statusCode(404);
        as("operator.platform").get("/invoices/" + invoice.id()).then().statusCode(200)
                .body("sellerId", equalTo(SUPPLIER));
    }

    @Test
    void a_platform_operator_does_not_see_bank_only_data() {
        projected();
        as("operator.platform").get("/parties/" + BANK).then().statusCode(404).body("code", equalTo("PARTY_NOT_FOUND"));
        as("operator.platform").get("/parties").then().statusCode(200)
                .body("items.id", containsInAnyOrder(CORE, SUPPLIER, SUPPLIER_TWO)).body("total", equalTo(3));
        as("operator.platform").queryParam("holder", BANK).get("/vouchers").then().statusCode(403)
                .body("code", equalTo("NOT_ALLOWED"));
        as("operator.bank").get("/parties/" + CORE).then().statusCode(404);
        as("operator.bank").get("/parties").then().statusCode(200)
                .body("items.id", containsInAnyOrder(BANK, BANK_TWO)).body("total", equalTo(2));
    }

    @Test
    void each_operator_sees_a_voucher_only_through_its_own_organisations_holder_or_obligor() {
        projected();
        as("operator.bank").get("/vouchers/" + bankHeld.get(0)).then().statusCode(200);
        as("operator.bank").get("/vouchers/" + supplierHeld.get(0)).then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        as("operator.platform").get("/vouchers/" + bankHeld.get(0)).then().statusCode(200);
        as("operator.securities").get("/vouchers/" + bankHeld.get(0)).then().statusCode(404);
        // Never the lineage: that is the obligor's and auditors'.
        as("operator.platform").get("/vouchers/" + supplierHeld.get(0) + "/lineage").then().statusCode(403)
                .body("code", equalTo("NOT_ALLOWED"));
    }

    @Test
    void the_bank_operator_pages_through_exactly_its_banks_vouchers() {
        projected();
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            pages.addAll(as("operator.bank").queryParam("size", 2).queryParam("page", page).get("/vouchers")
                    .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(page == 0 ? 2 : 1))
                    .extract().<List<String>>path("items.id"));
        }
        assertThat(pages).containsExactlyElementsOf(bankHeld.stream().sorted().toList());
        as("operator.bank").queryParam("size", 2).queryParam("page", 2).get("/vouchers").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(3));
        as("operator.bank").queryParam("holder", BANK).get("/vouchers").then().statusCode(200).body("total", equalTo(3));
        as("operator.platform").queryParam("size", 4).get("/vouchers").then().statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(4));
        as("operator.securities").get("/vouchers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void credit_lines_page_by_the_financiers_organisation() {
        projected();
        as("operator.bank").queryParam("size", 1).get("/credit-lines").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
        as("operator.bank").queryParam("size", 1).queryParam("page", 1).get("/credit-lines").then().statusCode(200)
                .body("total", equalTo(2)).body("items.financierId", contains(
                        List.of(BANK, BANK_TWO).stream().sorted().toList().get(1)));
        as("operator.bank").queryParam("financier", SECURITIES_FINANCIER).get("/credit-lines").then().statusCode(200)
                .body("total", equalTo(0));
        as("operator.securities").get("/credit-lines").then().statusCode(200)
                .body("items.financierId", contains(SECURITIES_FINANCIER)).body("total", equalTo(1));
        as("operator.platform").get("/credit-lines").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void financings_settlements_and_accounts_follow_the_parties_organisations() {
        projected();
        as("operator.bank").get("/financings/" + financing.id()).then().statusCode(200);
        as("operator.platform").get("/financings/" + financing.id()).then().statusCode(200);
        as("operator.securities").get("/financings/" + financing.id()).then().statusCode(404)
                .body("code", equalTo("FINANCING_NOT_FOUND"));
        String settlement = "/settlements/" + BANK + "/" + paymentId;
        as("operator.bank").get(settlement).then().statusCode(200).body("payouts", hasSize(2));
        as("operator.securities").get(settlement).then().statusCode(404).body("code", equalTo("SETTLEMENT_NOT_FOUND"));
        as("operator.bank").queryParam("obligor", CORE).get("/settlement-account").then().statusCode(200);
        as("operator.securities").queryParam("obligor", CORE).get("/settlement-account").then().statusCode(404);
    }

    @Test
    void an_operator_token_naming_no_organisation_sees_nothing() {
        projected();
        noOrgOperator().get("/parties").then().statusCode(200).body("total", equalTo(0));
        noOrgOperator().get("/vouchers").then().statusCode(200).body("total", equalTo(0));
        noOrgOperator().get("/credit-lines").then().statusCode(200).body("total", equalTo(0));
        noOrgOperator().get("/parties/" + CORE).then().statusCode(404);
        noOrgOperator().get("/invoices/" + invoice.id()).then().statusCode(404);
        noOrgOperator().get("/vouchers/" + bankHeld.get(0)).then().statusCode(404);
        noOrgOperator().get("/financings/" + financing.id()).then().statusCode(404);
        noOrgOperator().get("/settlements/" + BANK + "/" + paymentId).then().statusCode(404);
    }
}
