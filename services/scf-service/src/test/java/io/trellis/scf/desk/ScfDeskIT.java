package io.trellis.scf.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.scf.support.Api;
import io.trellis.scf.support.FreshParties;
import io.trellis.scf.support.FreshWallet;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.ScfRecords;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SCF desk against the running Fabric network, Keycloak and PostgreSQL: fresh parties registered through the
 * service, each signing its own writes. Refused calls are checked on the ledger to have changed nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FreshWallet.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScfDeskIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Inject
    LedgerClient ledger;
    @Inject
    PartyIdentities identities;

    private FreshParties parties;
    private FreshParties.Fresh core;
    private FreshParties.Fresh supplier;
    private FreshParties.Fresh supplier2;
    private FreshParties.Fresh bank;

    /** Once, before the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void registerParties() {
        if (parties != null) {
            return;
        }
        parties = new FreshParties();
        core = parties.register(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        supplier = parties.register(PartyRole.SUPPLIER, Org.PLATFORM);
        supplier2 = parties.register(PartyRole.SUPPLIER, Org.PLATFORM);
        bank = parties.register(PartyRole.FINANCIER, Org.BANK);
    }

    @AfterAll
    void removeUsers() {
        parties.close();
    }

    private static RequestSpecification as(FreshParties.Fresh party) {
        return Api.as(party.username()).contentType(ContentType.JSON);
    }

    private static String invoice(String buyer, String number, String amount) {
        return "{\"buyerId\":\"" + buyer + "\",\"invoiceCode\":\"3100261130\",\"invoiceNumber\":\"" + number
                + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},\"issueDate\":\"2026-02-20\","
                + "\"documentHash\":\"" + ScfRecords.hex(32) + "\"}";
    }

    private static String freshNumber() {
        return String.valueOf(10_000_000 + (UUID.randomUUID().getMostSignificantBits() & 0x3FFFFFF));
    }

    private String registered(String number) {
        return as(supplier).body(invoice(core.id(), number, "1000000.00")).when().post("/invoices")
                .then().statusCode(201).extract().path("result.id");
    }

    private <T> T onLedger(FreshParties.Fresh reader, Org org, String transaction, String argument, Class<T> type) {
        return ledger.evaluate(new LedgerCall(identities.find(reader.id(), org).orElseThrow(), transaction, argument,
                Map.of()), type);
    }

    private Invoice invoiceOnLedger(String id) {
        return onLedger(supplier, Org.PLATFORM, TxName.GET_INVOICE, id, Invoice.class);
    }

    @Test
    void the_openapi_document_names_each_writes_codes_and_the_idempotency_key() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/invoices'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/invoices/{id}/confirm'.post.responses.'409'.description",
                        containsString("INVOICE_STATE_CONFLICT"))
                .body("paths.'/financings/{id}/approve'.post.responses.'422'.description",
                        containsString("IDEMPOTENCY_KEY_REUSED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/credit-lines", "/credit-lines/X/reduce", "/credit-lines/X/revoke", "/invoices",
            "/invoices/X/confirm", "/vouchers", "/vouchers/X/split", "/financings", "/financings/X/approve", "/settlement-account"})
    void a_write_without_a_token_is_401(String path) {
        given().contentType(ContentType.JSON).body("{}").when().post(path).then().statusCode(401);
    }

    @ParameterizedTest
    @CsvSource({"supplier1, /credit-lines", "core1, /credit-lines/X/reduce", "supplier1, /credit-lines/X/revoke",
            "core1, /invoices", "supplier1, /invoices/X/confirm",
            "core1, /invoices/X/cancel", "supplier1, /vouchers", "bank1, /vouchers/X/accept",
            "core1, /financings", "supplier1, /financings/X/approve", "supplier1, /settlement-account"})
    void a_role_the_transaction_is_not_for_is_403_before_anything_is_read(String user, String path) {
        Api.as(user).contentType(ContentType.JSON).body("{\"not\":\"read\"}").when().post(path).then().statusCode(403);
    }

    @Test
    void a_party_whose_identity_this_service_does_not_hold_is_403_party_identity_not_hosted() {
        Api.as("supplier1").contentType(ContentType.JSON).body(invoice(core.id(), freshNumber(), "1.00"))
                .when().post("/invoices")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("PARTY_IDENTITY_NOT_HOSTED"));
    }

    @Test
    void another_suppliers_invoice_cannot_be_cancelled_and_stays_as_it_was() {
        String id = registered(freshNumber());

        as(supplier2).when().post("/invoices/" + id + "/cancel")
                .then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));

        Invoice held = invoiceOnLedger(id);
        assertThat(held.status()).isEqualTo(InvoiceStatus.REGISTERED);
        assertThat(held.version()).isEqualTo(1);
    }

    @Test
    void every_malformed_body_is_a_400_problem_and_registers_nothing() {
        String number = freshNumber();
        String good = invoice(core.id(), number, "1000000.00");
        List<String> malformed = List.of(
                good.replace("{\"buyerId\"", "{\"colour\":\"red\",\"buyerId\""),                  // unknown field
                good.replace("\"amount\":\"1000000.00\"", "\"amount\":1000000.00"),               // amount as a number
                good.replace("1000000.00", "1000000.001"),                                        // three decimals
                good.replace("1000000.00", "1e6"),                                                // exponent
                good.replace("{\"buyerId\"", "{\"buyerId\":\"" + core.id() + "\",\"buyerId\""),  // duplicate key
                good + " {}",                                                                     // trailing tokens
                good.replace("\"issueDate\":\"2026-02-20\"", "\"issueDate\":20504"),              // date as a number
                good.replace(",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"}", ""), // amount missing
                "{oops");
        for (String body : malformed) {
            as(supplier).body(body).when().post("/invoices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("INVALID_ARGUMENT")).body("detail", notNullValue());
        }

        as(supplier).body(good).when().post("/invoices")
                .then().statusCode(201).body("result.version", equalTo(1)).body("result.amount.minor", equalTo(100000000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"rateBps\":450.5,\"valueDate\":\"2026-03-02\"}", "{\"rateBps\":450.0,\"valueDate\":\"2026-03-02\"}",
            "{\"rateBps\":4.5e2,\"valueDate\":\"2026-03-02\"}", "{\"rateBps\":\"450\",\"valueDate\":\"2026-03-02\"}",
            "{\"rateBps\":450}"})
    void terms_with_a_fraction_exponent_text_or_missing_part_are_a_400_problem(String terms) {
        as(bank).body(terms).when().post("/financings/FN00000000000000000000/approve")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void bodies_of_the_other_families_are_read_as_strictly() {
        as(bank).body("{\"obligorId\":\"" + core.id() + "\",\"limit\":{\"amount\":\"5e7\",\"currency\":\"CNY\"}}")
                .when().post("/credit-lines").then().statusCode(400).body("detail", equalTo(
                        "field 'limit.amount' must be decimal text with at most two decimals, e.g. \"1000000.00\""));
        as(bank).body("{\"limit\":{\"amount\":\"1.001\",\"currency\":\"CNY\"}}").when().post("/credit-lines/X/reduce")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
        as(core).body("{\"bankId\":\"" + bank.id() + "\"}").when().post("/settlement-account")
                .then().statusCode(400).body("detail", equalTo("field 'accountNumber' must not be blank"));
        as(supplier).body("{\"parts\":[{\"amount\":1.5,\"currency\":\"CNY\"}]}")
                .when().post("/vouchers/CV00000000000000000000/split").then().statusCode(400)
                .body("detail", equalTo("field 'parts[0].amount' has a value of the wrong type or form"));
        as(supplier).body("{\"voucherId\":\"CV00000000000000000000\",\"financierId\":\"" + bank.id() + "\",\"rate\":1}")
                .when().post("/financings").then().statusCode(400).body("detail", equalTo("unknown field 'rate'"));
        as(supplier).body("{\"reason\":\"x\"}").when().post("/invoices/X/cancel")
                .then().statusCode(400).body("detail", equalTo("unknown field 'reason'"));
    }

    @Test
    void a_second_confirmation_is_a_409_and_the_invoice_stays_confirmed() {
        String id = registered(freshNumber());
        as(core).when().post("/invoices/" + id + "/confirm")
                .then().statusCode(200).body("result.status", equalTo("CONFIRMED"))
                .body("transactionId", notNullValue()).body("blockNumber", notNullValue());

        as(core).when().post("/invoices/" + id + "/confirm")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("INVOICE_STATE_CONFLICT"));

        Invoice held = invoiceOnLedger(id);
        assertThat(held.status()).isEqualTo(InvoiceStatus.CONFIRMED);
        assertThat(held.version()).isEqualTo(2);
    }

    @Test
    void the_same_request_with_the_same_key_is_answered_once_and_registered_once() {
        String key = UUID.randomUUID().toString();
        String body = invoice(core.id(), freshNumber(), "250000.50");

        Response first = as(supplier).header("Idempotency-Key", key).body(body).when().post("/invoices");
        Response again = as(supplier).header("Idempotency-Key", key).body(body).when().post("/invoices");

        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(invoiceOnLedger(first.path("result.id")).version()).isEqualTo(1);
    }

    @Test
    void the_key_with_another_body_is_a_422_and_that_body_is_not_registered() {
        String key = UUID.randomUUID().toString();
        as(supplier).header("Idempotency-Key", key).body(invoice(core.id(), freshNumber(), "1.00"))
                .when().post("/invoices").then().statusCode(201);
        String other = invoice(core.id(), freshNumber(), "2.00");

        as(supplier).header("Idempotency-Key", key).body(other).when().post("/invoices")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        // Registered now for the first time: a registration of it before would make this 409.
        as(supplier).body(other).when().post("/invoices").then().statusCode(201).body("result.version", equalTo(1));
    }

    @Test
    void two_identical_requests_at_once_with_one_key_commit_once() {
        String key = UUID.randomUUID().toString();
        String body = invoice(core.id(), freshNumber(), "42.00");
        Supplier<Response> send = () -> as(supplier).header("Idempotency-Key", key).body(body).when().post("/invoices");

        CompletableFuture<Response> one = CompletableFuture.supplyAsync(send);
        CompletableFuture<Response> other = CompletableFuture.supplyAsync(send);
        List<Response> answers = List.of(one.join(), other.join());

        // The later one finds the key in flight (409) or, if the first has finished, gets its answer replayed.
        assertThat(answers).filteredOn(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.<String>path("code")).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT"));
        String id = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("result.id");
        assertThat(invoiceOnLedger(id).version()).isEqualTo(1);
    }

    @Test
    void a_refusal_by_the_chaincode_is_kept_for_its_key() {
        String id = registered(freshNumber());
        String key = UUID.randomUUID().toString();
        as(supplier).header("Idempotency-Key", key).when().post("/invoices/" + id + "/cancel").then().statusCode(200);
        Response refused = as(supplier).header("Idempotency-Key", "second-" + key).when().post("/invoices/" + id + "/cancel");

        Response replay = as(supplier).header("Idempotency-Key", "second-" + key).when().post("/invoices/" + id + "/cancel");

        refused.then().statusCode(409).body("code", equalTo("INVOICE_STATE_CONFLICT"));
        replay.then().statusCode(409).header("Idempotent-Replayed", equalTo("true"));
        assertThat(replay.asString()).isEqualTo(refused.asString());
    }

    @Test
    void a_line_an_invoice_a_voucher_and_its_financing_go_through_the_desk_each_signed_by_its_party() {
        as(bank).body("{\"obligorId\":\"" + core.id() + "\",\"limit\":{\"amount\":\"10000000.00\",\"currency\":\"CNY\"}}")
                .when().post("/credit-lines")
                .then().statusCode(201).body("result.financierId", equalTo(bank.id()))
                .body("result.limit.minor", equalTo(1_000_000_000));
        as(bank).body("{\"obligorId\":\"" + core.id() + "\",\"limit\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}")
                .when().post("/credit-lines").then().statusCode(409).body("code", equalTo("CREDIT_LINE_ALREADY_GRANTED"));

        String invoiceId = registered(freshNumber());
        as(core).when().post("/invoices/" + invoiceId + "/confirm").then().statusCode(200);
        String voucherId = as(core).body("{\"supplierId\":\"" + supplier.id() + "\",\"amount\":{\"amount\":\"800000.00\","
                        + "\"currency\":\"CNY\"},\"maturityDate\":\"" + TODAY.plusDays(180) + "\",\"invoiceIds\":[\""
                        + invoiceId + "\"]}")
                .when().post("/vouchers")
                .then().statusCode(201).body("result.status", equalTo("ISSUED")).body("result.holderId", equalTo(supplier.id()))
                .extract().path("result.id");

        as(supplier).when().post("/vouchers/" + voucherId + "/accept").then().statusCode(200)
                .body("result.status", equalTo("ACTIVE"));
        as(supplier).when().post("/vouchers/" + voucherId + "/accept").then().statusCode(409)
                .body("code", equalTo("VOUCHER_STATE_CONFLICT"));

        String split = "{\"parts\":[{\"amount\":\"300000.00\",\"currency\":\"CNY\"},{\"amount\":\"500000.00\",\"currency\":\"CNY\"}]}";
        String key = UUID.randomUUID().toString();
        Response children = as(supplier).header("Idempotency-Key", key).body(split).when().post("/vouchers/" + voucherId + "/split");
        children.then().statusCode(200).body("result", hasSize(2)).body("result[1].amount.minor", equalTo(50_000_000));
        as(supplier).header("Idempotency-Key", key).body(split).when().post("/vouchers/" + voucherId + "/split")
                .then().statusCode(200).header("Idempotent-Replayed", equalTo("true"));
        Voucher parent = onLedger(supplier, Org.PLATFORM, TxName.GET_VOUCHER, voucherId, Voucher.class);
        assertThat(parent.status()).isEqualTo(VoucherStatus.SPLIT);
        assertThat(parent.childIds()).hasSize(2);
        String first = children.path("result[0].id");
        String second = children.path("result[1].id");

        as(supplier).body("{\"recipientId\":\"" + supplier2.id() + "\"}").when().post("/vouchers/" + first + "/transfer")
                .then().statusCode(200).body("result.holderId", equalTo(supplier2.id()));

        String financingId = as(supplier).body("{\"voucherId\":\"" + second + "\",\"financierId\":\"" + bank.id() + "\"}")
                .when().post("/financings")
                .then().statusCode(201).body("result.status", equalTo("APPLIED")).extract().path("result.id");
        String terms = "{\"rateBps\":450,\"valueDate\":\"" + TODAY + "\"}";
        as(bank).body(terms).when().post("/financings/" + financingId + "/approve")
                .then().statusCode(200).body("result.status", equalTo("APPROVED")).body("result.termsHash", notNullValue());
        as(bank).body(terms).when().post("/financings/" + financingId + "/approve")
                .then().statusCode(409).body("code", equalTo("FINANCING_STATE_CONFLICT"));

        // 500,000.00 CNY at 4.50% for 180 days: 50,000,000 x 450 x 180 / 3,600,000 = 1,125,000 fen exactly.
        for (FreshParties.Fresh reader : List.of(supplier, bank)) {
            Api.as(reader.username()).when().get("/financings/" + financingId + "/terms")
                    .then().statusCode(200).body("rateBps", equalTo(450)).body("days", equalTo(180))
                    .body("interest.minor", equalTo(1_125_000)).body("proceeds.minor", equalTo(48_875_000));
        }
        Api.as(supplier2.username()).when().get("/financings/" + financingId + "/terms")
                .then().statusCode(404).body("code", equalTo("FINANCING_NOT_FOUND"));

        as(bank).body("{\"paymentId\":\"PAY-" + UUID.randomUUID() + "\"}")
                .when().post("/financings/" + financingId + "/disbursement")
                .then().statusCode(200).body("result.financing.status", equalTo("DISBURSED"))
                .body("result.replayed", equalTo(false));
        Voucher financed = onLedger(bank, Org.BANK, TxName.GET_VOUCHER, second, Voucher.class);
        assertThat(financed.holderId()).isEqualTo(bank.id());
        assertThat(financed.status()).isEqualTo(VoucherStatus.FINANCED);
    }

    @Test
    void a_refused_write_of_a_voucher_that_does_not_exist_changes_nothing() {
        as(supplier).when().post("/vouchers/CV00000000000000000000/accept")
                .then().statusCode(404).body("code", equalTo("VOUCHER_NOT_FOUND"));

        assertThatThrownBy(() -> onLedger(supplier, Org.PLATFORM, TxName.GET_VOUCHER, "CV00000000000000000000", Voucher.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VOUCHER_NOT_FOUND));
    }
}
