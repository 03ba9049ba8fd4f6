package io.trellis.scf;

import static io.trellis.scf.support.Api.as;
import static io.trellis.scf.support.Api.eventually;
import static io.trellis.scf.support.ScfRecords.BANK1;
import static io.trellis.scf.support.ScfRecords.CORE1;
import static io.trellis.scf.support.ScfRecords.MATURITY;
import static io.trellis.scf.support.ScfRecords.SUPPLIER1;
import static io.trellis.scf.support.ScfRecords.SUPPLIER2;
import static io.trellis.scf.support.ScfRecords.cny;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.api.event.CreditLineGranted;
import io.trellis.chaincode.api.event.CreditLineReleased;
import io.trellis.chaincode.api.event.CreditLineUsed;
import io.trellis.chaincode.api.event.FinancingApplied;
import io.trellis.chaincode.api.event.FinancingStatusChanged;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.event.InvoiceStatusChanged;
import io.trellis.chaincode.api.event.IssuanceLimitChanged;
import io.trellis.chaincode.api.event.IssuanceLimitReleased;
import io.trellis.chaincode.api.event.IssuanceLimitUsed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.event.VoucherIssued;
import io.trellis.chaincode.api.event.VoucherPaid;
import io.trellis.chaincode.api.event.VoucherSplit;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.event.VoucherTransferred;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.ScfRecords;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.projection.RelayedLedger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One voucher's whole life as the ledger reports it: credit line, invoice, issue, accept, split, transfer,
 * financing to disbursement, then a short payment with payouts. The read model is checked through the API with
 * exact amounts, and with every party's view of it.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class SupplyChainReadModelIT {
    private static final long LIMIT = 500_000_000L;
    private static final long FACE = 100_000_000L;
    private static final long PART_ONE = 60_000_000L;
    private static final long PART_TWO = 40_000_000L;
    private static final long PAID = 70_000_000L;
    private static final long OTHER_PAID = 123_456L;
    private static final String OTHER_BANK = FreshPartyIds.next();
    private static final String PAYOUT_1 = ScfRecords.id("PO") + "-01";
    private static final String PAYOUT_2 = PAYOUT_1.replace("-01", "-02");
    private static final String OTHER_PAYOUT = ScfRecords.id("PO") + "-01";

    private static RelayedLedger ledger;
    private static CreditLine line;
    private static Invoice invoice;
    private static Voucher root;
    private static Voucher partOne;
    private static Voucher partTwo;
    private static Voucher passedOn;
    private static Financing financing;
    private static String termsHash;
    private static String disbursementId;
    private static String paymentId;

    @BeforeAll
    static void runTheChain() {
        ledger = new RelayedLedger();
        // Where each party is hosted decides what an organisation's operator sees.
        ledger.commit(new PartyRegistered(ScfRecords.party(CORE1, PartyRole.CORE_ENTERPRISE, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(SUPPLIER1, PartyRole.SUPPLIER, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(SUPPLIER2, PartyRole.SUPPLIER, Org.PLATFORM)),
                new PartyRegistered(ScfRecords.party(BANK1, PartyRole.FINANCIER, Org.BANK)));
        line = ScfRecords.line(BANK1, CORE1, LIMIT);
        ledger.commit(new CreditLineGranted(line), new IssuanceLimitChanged(new IssuanceLimit(CORE1, cny(LIMIT), 32, 1)));
        invoice = ScfRecords.invoice(SUPPLIER1, CORE1, 120_000_000L);
        ledger.commit(new InvoiceRegistered(invoice));
        ledger.commit(new InvoiceStatusChanged(invoice.id(), InvoiceStatus.REGISTERED, InvoiceStatus.CONFIRMED, null,
                null, 2));

        root = ScfRecords.root(CORE1, SUPPLIER1, FACE, List.of(invoice.id()));
        ledger.commit(new IssuanceLimitUsed(CORE1, root.id(), cny(FACE)), new VoucherIssued(root),
                new InvoiceStatusChanged(invoice.id(), InvoiceStatus.CONFIRMED, InvoiceStatus.PLEDGED, root.id(), null,
                        3));
        ledger.commit(new VoucherStatusChanged(root.id(), VoucherStatus.ISSUED, VoucherStatus.ACTIVE, SUPPLIER1, 2));
        partOne = ScfRecords.child(root, 1, SUPPLIER1, PART_ONE);
        partTwo = ScfRecords.child(root, 2, SUPPLIER1, PART_TWO);
        ledger.commit(new VoucherSplit(root.id(), List.of(partOne, partTwo)));
        passedOn = ScfRecords.child(partTwo, 1, SUPPLIER2, PART_TWO);
        ledger.commit(new VoucherTransferred(partTwo.id(), SUPPLIER1, passedOn));

        // Approval changes the voucher (its line share) without an event of its own: hence version 2, then 4.
        financing = ScfRecords.financing(passedOn, BANK1);
        termsHash = ScfRecords.hex(32);
        disbursementId = "DISB-" + ScfRecords.hex(6);
        ledger.commit(new FinancingApplied(financing), new VoucherStatusChanged(passedOn.id(), VoucherStatus.ACTIVE,
                VoucherStatus.FINANCING, SUPPLIER2, 2));
        ledger.commit(new CreditLineUsed(line.id(), passedOn.id(), cny(PART_TWO)),
                new FinancingStatusChanged(financing.id(), passedOn.id(), FinancingStatus.APPLIED,
                        FinancingStatus.APPROVED, termsHash, null, null, 2));
        ledger.commit(new FinancingStatusChanged(financing.id(), passedOn.id(), FinancingStatus.APPROVED,
                        FinancingStatus.DISBURSED, termsHash, disbursementId, null, 3),
                new VoucherStatusChanged(passedOn.id(), VoucherStatus.FINANCING, VoucherStatus.FINANCED, BANK1, 4));

        // The obligor pays 700,000.00 of the 1,000,000.00 due: the first part in full, the financed one in part.
        paymentId = "PAY-" + ScfRecords.hex(6);
        long rest = PAID - PART_ONE;
        ledger.commit(new PaymentApplied(paymentId, BANK1, CORE1, MATURITY, cny(PAID), cny(PAID), cny(0)),
                new VoucherPaid(partOne.id(), paymentId, cny(PART_ONE), cny(0), VoucherStatus.SETTLED, 2),
                new PayoutInstructed(paymentId, BANK1, MATURITY,
                        new Payout(PAYOUT_1, partOne.id(), SUPPLIER1, null, cny(PART_ONE))),
                new VoucherPaid(passedOn.id(), paymentId, cny(rest), cny(PART_TWO - rest), VoucherStatus.FINANCED, 5),
                new PayoutInstructed(paymentId, BANK1, MATURITY,
                        new Payout(PAYOUT_2, passedOn.id(), BANK1, null, cny(rest))),
                new IssuanceLimitReleased(CORE1, partOne.id(), cny(PART_ONE)),
                new IssuanceLimitReleased(CORE1, passedOn.id(), cny(rest)),
                new CreditLineReleased(line.id(), passedOn.id(), cny(rest)));

        // Another bank's payment of the same id (each bank's payment ids are its own), posted before the core
        // designated bank1: only its settlement rows matter here, so it pays a voucher of another tree.
        ledger.commit(new PaymentApplied(paymentId, OTHER_BANK, CORE1, MATURITY, cny(OTHER_PAID), cny(OTHER_PAID),
                        cny(0)),
                new PayoutInstructed(paymentId, OTHER_BANK, MATURITY,
                        new Payout(OTHER_PAYOUT, ScfRecords.id("CV"), BANK1, null, cny(OTHER_PAID))));
    }

    @AfterAll
    static void disconnect() {
        ledger.close();
    }

    private static String ofTree(String field) {
        return "items.findAll { it.rootId == '" + root.id() + "' }." + field;
    }

    @Test
    void every_voucher_of_the_tree_has_its_exact_amounts_holder_and_status() {
        eventually(() -> as("auditor1").get("/vouchers/" + passedOn.id()).then().statusCode(200)
                .body("rootId", equalTo(root.id()))
                .body("parentId", equalTo(partTwo.id()))
                .body("obligorId", equalTo(CORE1))
                .body("holderId", equalTo(BANK1))
                .body("amount.minor", equalTo(40_000_000))
                .body("amount.currency", equalTo("CNY"))
                .body("outstanding.minor", equalTo(30_000_000))
                .body("tier", equalTo(3))
                .body("status", equalTo("FINANCED"))
                .body("maturityDate", equalTo("2026-09-30"))
                .body("version", equalTo(5)));
        as("auditor1").get("/vouchers/" + root.id()).then().statusCode(200)
                .body("status", equalTo("SPLIT"))
                .body("parentId", nullValue())
                .body("holderId", equalTo(SUPPLIER1))
                .body("outstanding.minor", equalTo(100_000_000))
                .body("version", equalTo(3));
        as("auditor1").get("/vouchers/" + partOne.id()).then().statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("amount.minor", equalTo(60_000_000))
                .body("outstanding.minor", equalTo(0))
                .body("tier", equalTo(2));
        as("auditor1").get("/vouchers/" + partTwo.id()).then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("holderId", equalTo(SUPPLIER1))
                .body("outstanding.minor", equalTo(40_000_000));
    }

    @Test
    void the_obligor_and_auditors_see_the_whole_lineage_root_first_then_depth_first() {
        for (String user : List.of("core1", "auditor1")) {
            eventually(() -> as(user).get("/vouchers/" + passedOn.id() + "/lineage").then().statusCode(200)
                    .body("rootId", equalTo(root.id()))
                    .body("obligorId", equalTo(CORE1))
                    .body("nodes.voucherId", contains(root.id(), partOne.id(), partTwo.id(), passedOn.id()))
                    .body("nodes.holderId", contains(SUPPLIER1, SUPPLIER1, SUPPLIER1, BANK1))
                    .body("nodes.outstanding.minor", contains(100_000_000, 0, 40_000_000, 30_000_000))
                    .body("nodes.status", contains("SPLIT", "SETTLED", "TRANSFERRED", "FINANCED")));
        }
    }

    @Test
    void a_holder_may_not_see_the_lineage_and_a_stranger_not_even_the_voucher() {
        eventually(() -> as("supplier1").get("/vouchers/" + partOne.id() + "/lineage").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ALLOWED")));
        as("supplier2").get("/vouchers/" + partOne.id() + "/lineage").then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        as("operator.platform").get("/vouchers/" + partOne.id() + "/lineage").then().statusCode(403);
    }

    @Test
    void each_party_lists_what_it_holds_and_the_core_what_it_owes() {
        eventually(() -> as("supplier1").get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(root.id(), partOne.id(), partTwo.id())));
        as("supplier1").queryParam("status", "SETTLED").get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(partOne.id()));
        as("supplier2").get("/vouchers").then().statusCode(200).body(ofTree("id"), empty());
        as("bank1").get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(passedOn.id()))
                .body(ofTree("outstanding.minor"), contains(30_000_000));
        as("core1").get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(root.id(), partOne.id(), partTwo.id(), passedOn.id()));
        as("core1").queryParam("holder", BANK1).get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(passedOn.id()));
        as("auditor1").queryParam("holder", SUPPLIER1).get("/vouchers").then().statusCode(200)
                .body(ofTree("id"), contains(root.id(), partOne.id(), partTwo.id()));
    }

    @Test
    void asking_for_another_partys_vouchers_is_forbidden_and_its_voucher_does_not_exist() {
        as("supplier2").queryParam("holder", SUPPLIER1).get("/vouchers").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ALLOWED"));
        eventually(() -> as("supplier1").get("/vouchers/" + partOne.id()).then().statusCode(200));
        as("supplier2").get("/vouchers/" + partOne.id()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        as("bank1").get("/vouchers/" + root.id()).then().statusCode(404);
    }

    @Test
    void the_invoice_is_pledged_to_the_root_for_its_seller_buyer_and_auditors_only() {
        for (String user : List.of("supplier1", "core1", "auditor1")) {
            eventually(() -> as(user).get("/invoices/" + invoice.id()).then().statusCode(200)
                    .body("sellerId", equalTo(SUPPLIER1))
                    .body("buyerId", equalTo(CORE1))
                    .body("amount.minor", equalTo(120_000_000))
                    .body("status", equalTo("PLEDGED"))
                    .body("voucherId", equalTo(root.id()))
                    .body("version", equalTo(3)));
        }
        as("bank1").get("/invoices/" + invoice.id()).then().statusCode(404).body("code", equalTo("INVOICE_NOT_FOUND"));
        as("supplier2").get("/invoices/" + invoice.id()).then().statusCode(404);
    }

    @Test
    void the_credit_line_shows_what_the_open_financing_still_uses() {
        for (String user : List.of("bank1", "core1", "auditor1")) {
            eventually(() -> as(user).get("/credit-lines").then().statusCode(200)
                    .body("items.id", contains(line.id()))
                    .body("items[0].financierId", equalTo(BANK1))
                    .body("items[0].obligorId", equalTo(CORE1))
                    .body("items[0].limit.minor", equalTo(500_000_000))
                    .body("items[0].used.minor", equalTo(30_000_000))
                    .body("items[0].available.minor", equalTo(470_000_000))
                    .body("items[0].status", equalTo("ACTIVE")));
        }
        as("auditor1").queryParam("obligor", SUPPLIER1).get("/credit-lines").then().statusCode(200)
                .body("items", empty());
        as("bank1").queryParam("financier", CORE1).get("/credit-lines").then().statusCode(403)
                .body("code", equalTo("NOT_ALLOWED"));
        as("core1").queryParam("obligor", SUPPLIER2).get("/credit-lines").then().statusCode(403);
        as("supplier1").get("/credit-lines").then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));
    }

    @Test
    void the_financing_shows_its_public_part_to_applicant_and_financier() {
        for (String user : List.of("supplier2", "bank1")) {
            eventually(() -> as(user).get("/financings/" + financing.id()).then().statusCode(200)
                    .body("voucherId", equalTo(passedOn.id()))
                    .body("applicantId", equalTo(SUPPLIER2))
                    .body("financierId", equalTo(BANK1))
                    .body("faceAmount.minor", equalTo(40_000_000))
                    .body("status", equalTo("DISBURSED"))
                    .body("termsHash", equalTo(termsHash))
                    .body("disbursementPaymentId", equalTo(disbursementId))
                    .body("$", not(hasKey("rateBps")))
                    .body("$", not(hasKey("proceeds")))
                    .body("version", equalTo(3)));
        }
        as("supplier1").get("/financings/" + financing.id()).then().statusCode(404)
                .body("code", equalTo("FINANCING_NOT_FOUND"));
    }

    @Test
    void the_settlement_shows_every_payout_to_the_obligor_and_the_posting_bank_and_each_payee_its_own() {
        String path = "/settlements/" + BANK1 + "/" + paymentId;
        for (String user : List.of("core1", "bank1", "auditor1", "operator.platform", "operator.bank")) {
            eventually(() -> as(user).get(path).then().statusCode(200)
                    .body("bankId", equalTo(BANK1))
                    .body("paymentId", equalTo(paymentId))
                    .body("obligorId", equalTo(CORE1))
                    .body("maturityDate", equalTo("2026-09-30"))
                    .body("amount.minor", equalTo(70_000_000))
                    .body("applied.minor", equalTo(70_000_000))
                    .body("unapplied.minor", equalTo(0))
                    .body("payouts.payoutId", contains(PAYOUT_1, PAYOUT_2))
                    .body("payouts.voucherId", contains(partOne.id(), passedOn.id()))
                    .body("payouts.holderId", contains(SUPPLIER1, BANK1))
                    .body("payouts.amount.minor", contains(60_000_000, 10_000_000)));
        }
        as("supplier1").get(path).then().statusCode(200)
                .body("payouts.payoutId", contains(PAYOUT_1))
                .body("payouts.voucherId", contains(partOne.id()))
                .body("payouts.amount.minor", contains(60_000_000));
        as("supplier2").get(path).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("SETTLEMENT_NOT_FOUND"));
    }

    @Test
    void the_same_payment_id_at_two_banks_is_two_payments() {
        String other = "/settlements/" + OTHER_BANK + "/" + paymentId;
        eventually(() -> as("auditor1").get(other).then().statusCode(200)
                .body("bankId", equalTo(OTHER_BANK))
                .body("paymentId", equalTo(paymentId))
                .body("amount.minor", equalTo(123_456))
                .body("payouts.payoutId", contains(OTHER_PAYOUT))
                .body("payouts.holderId", contains(BANK1))
                .body("payouts.amount.minor", contains(123_456)));
        eventually(() -> as("auditor1").get("/settlements/" + BANK1 + "/" + paymentId).then().statusCode(200)
                .body("amount.minor", equalTo(70_000_000))
                .body("payouts.payoutId", contains(PAYOUT_1, PAYOUT_2)));
        // bank1 did not post the other bank's payment; it is paid there, so it sees its own payout only.
        as("bank1").get(other).then().statusCode(200)
                .body("payouts.holderId", contains(BANK1));
        as("supplier1").get(other).then().statusCode(404).body("code", equalTo("SETTLEMENT_NOT_FOUND"));
        as("auditor1").get("/settlements/" + FreshPartyIds.next() + "/" + paymentId).then().statusCode(404)
                .body("code", equalTo("SETTLEMENT_NOT_FOUND"));
    }
}
