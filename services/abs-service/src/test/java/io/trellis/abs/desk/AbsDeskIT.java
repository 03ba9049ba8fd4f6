package io.trellis.abs.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.trellis.abs.support.AbsCast;
import io.trellis.abs.support.AbsDesk;
import io.trellis.abs.support.OnLedger;
import io.trellis.abs.support.OnTheStack;
import io.trellis.abs.support.ScfDesk;
import io.trellis.abs.support.StoryInSteps;
import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.testing.clock.StackClock;
import io.trellis.testing.parties.Onboarding.Member;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ABS desk against the running network, Keycloak and PostgreSQL, at today's date. The ordered steps take one
 * small deal (one voucher of 1,000.00; senior 800.00, subordinated 200.00; a legal opinion required) from
 * structuring to issued, and at each stage a party tries what it may not: each refusal answers with its code and
 * the deal on the ledger (GetDeal as its manager) is exactly as before. The unordered tests need no deal, or only
 * one that does not exist.
 */
@QuarkusTest
@TestProfile(OnTheStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StoryInSteps.class)
class AbsDeskIT {
    private static final String PROBLEM = "application/problem+json";
    /** A well-formed pool id no transaction ever made. */
    private static final String UNKNOWN_POOL = "AP00000000000000000000";

    @Inject
    LedgerClient ledgerClient;
    @Inject
    PartyIdentities identities;

    private final LocalDate today = BusinessDate.of(Instant.now());
    private AbsCast cast;
    private AbsDesk desk;
    private OnLedger ledger;
    private String poolId;

    /** Once, before the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void castAndDeal() {
        if (cast != null) {
            return;
        }
        StackClock.backToRealTime();
        cast = AbsCast.shared();
        desk = new AbsDesk(cast.onboarding);
        ledger = new OnLedger(ledgerClient, identities);
        poolId = structuredSmallDeal();
    }

    /** Pooled, providers appointed, structured and rated; only the legal opinion is missing. */
    private String structuredSmallDeal() {
        ScfDesk.Tree voucher = new ScfDesk(cast).vouchers(cast.obligors.get(0), 1, 100_000, today.plusDays(60),
                today.minusDays(1));
        String id = desk.as(cast.manager).body(dealBody(cast.originator.id(), "[\"LEGAL_OPINION\"]"))
                .post("/deals").then().statusCode(201).extract().path("result.id");
        desk.as(cast.originator).body("{\"voucherIds\":[\"" + voucher.rootId() + "\"]}").post("/deals/" + id + "/assets")
                .then().statusCode(200).body("result.assetCount", equalTo(1)).body("result.principal.minor", equalTo(100_000));
        desk.as(cast.manager).body("{\"role\":\"LAW_FIRM\",\"providerId\":\"" + cast.servicer.id() + "\"}")
                .post("/deals/" + id + "/appointments").then().statusCode(201).body("result.role", equalTo("LAW_FIRM"));
        desk.as(cast.manager).body("{\"role\":\"RATING_AGENCY\",\"providerId\":\"" + cast.rater.id() + "\"}")
                .post("/deals/" + id + "/appointments").then().statusCode(201);
        desk.as(cast.manager).body(structureBody()).post("/deals/" + id + "/structure")
                .then().statusCode(200).body("result.structure.tranches.size()", equalTo(2));
        desk.as(cast.rater).body("{\"trancheClass\":\"SENIOR\",\"grade\":\"AAA\"}").post("/deals/" + id + "/ratings")
                .then().statusCode(201).body("result.agencyId", equalTo(cast.rater.id()));
        return id;
    }

    private String dealBody(String originatorId, String required) {
        return """
                {"originatorId":"%s","criteria":{"currency":"CNY","minDaysToMaturity":1,"maxDaysToMaturity":365,\
                "maxObligorConcentrationBp":10000,"allowedStatuses":["ACTIVE","FINANCED"]},\
                "requiredAttestations":%s,"cutOffDate":"%s"}""".formatted(originatorId, required, today);
    }

    private String structureBody() {
        return """
                {"tranches":[{"trancheClass":"SENIOR","principal":{"amount":"800.00","currency":"CNY"},"couponBp":300},\
                {"trancheClass":"SUBORDINATED","principal":{"amount":"200.00","currency":"CNY"},"couponBp":0}],\
                "feesPerPaymentDate":{"amount":"1.00","currency":"CNY"},"issueDate":"%s",\
                "paymentDates":["%s","%s"],"defaultTriggerBp":500}""".formatted(today, today.plusDays(90),
                today.plusDays(180));
    }

    private static String attestation(String opinion) {
        return "{\"kind\":\"LEGAL_OPINION\",\"opinion\":\"" + opinion + "\",\"documentHash\":\""
                + Hashes.sha256Hex("legal opinion " + opinion) + "\"}";
    }

    /** The call is refused with {@code status} and {@code code}, and the deal on the ledger is exactly as before. */
    private void refusedAndUnchanged(Supplier<Response> call, int status, String code) {
        DealView before = ledger.deal(cast.manager, poolId);

        call.get().then().statusCode(status).contentType(PROBLEM).body("code", equalTo(code));

        assertThat(ledger.deal(cast.manager, poolId)).isEqualTo(before);
    }

    // --- One small deal, step by step.

    @Test
    @Order(1)
    void a_provider_the_manager_did_not_appoint_cannot_attest_and_the_deal_is_unchanged() {
        refusedAndUnchanged(() -> desk.as(cast.outsider).body(attestation("UNQUALIFIED"))
                .post("/deals/" + poolId + "/attestations"), 403, "PROVIDER_NOT_APPOINTED");
        // Nor does it see the deal: exactly as a pool that does not exist.
        desk.as(cast.outsider).get("/deals/" + poolId).then().statusCode(404).body("code", equalTo("POOL_NOT_FOUND"));
    }

    @Test
    @Order(2)
    void an_adverse_opinion_keeps_subscription_closed_until_its_author_withdraws_it() {
        desk.as(cast.servicer).body(attestation("ADVERSE")).post("/deals/" + poolId + "/attestations")
                .then().statusCode(201).body("result.opinion", equalTo("ADVERSE"));

        refusedAndUnchanged(() -> desk.as(cast.manager).post("/deals/" + poolId + "/subscription"),
                422, "ATTESTATION_ADVERSE");
        // Only its author withdraws it: another provider has no such attestation of its own to withdraw.
        refusedAndUnchanged(() -> desk.as(cast.rater).post("/deals/" + poolId + "/attestations/LEGAL_OPINION/withdraw"),
                404, "ATTESTATION_NOT_FOUND");

        desk.as(cast.servicer).post("/deals/" + poolId + "/attestations/LEGAL_OPINION/withdraw")
                .then().statusCode(200).body("result.opinion", equalTo("ADVERSE"));
        assertThat(ledger.deal(cast.manager, poolId).attestations()).isEmpty();
        refusedAndUnchanged(() -> desk.as(cast.manager).post("/deals/" + poolId + "/subscription"),
                422, "ATTESTATION_MISSING");

        desk.as(cast.servicer).body(attestation("UNQUALIFIED")).post("/deals/" + poolId + "/attestations")
                .then().statusCode(201);
        desk.as(cast.manager).post("/deals/" + poolId + "/subscription")
                .then().statusCode(200).body("result.status", equalTo("SUBSCRIPTION_OPEN"));
        // The pool and the structure are frozen from now on.
        refusedAndUnchanged(() -> desk.as(cast.manager).body(structureBody()).post("/deals/" + poolId + "/structure"),
                409, "DEAL_STRUCTURE_FROZEN");
    }

    @Test
    @Order(3)
    void a_party_that_is_no_investor_cannot_order_and_the_deal_is_unchanged() {
        String order = "{\"trancheClass\":\"SENIOR\",\"units\":8}";
        // The desk refuses the role before anything is read ...
        desk.as(cast.servicer).body(order).post("/deals/" + poolId + "/orders").then().statusCode(403);
        // ... and the chaincode refuses a provider even when its token claims the investor role.
        Member posing = cast.onboarding.userFor(cast.servicer.id(), cast.servicer.org(), "investor");
        refusedAndUnchanged(() -> desk.as(posing).body(order).post("/deals/" + poolId + "/orders"), 403, "NOT_ALLOWED");

        Member investor = cast.investors.get(0);
        desk.as(investor).body(order).post("/deals/" + poolId + "/orders")
                .then().statusCode(201).body("result.investorId", equalTo(investor.id()));
        desk.as(investor).body("{\"trancheClass\":\"SUBORDINATED\",\"units\":2}").post("/deals/" + poolId + "/orders")
                .then().statusCode(201);
        desk.as(cast.manager).post("/deals/" + poolId + "/allocation").then().statusCode(200)
                .body("result.status", equalTo("ALLOCATED")).body("result.allocations[0].allocations[0].units", equalTo(8));
    }

    @Test
    @Order(4)
    void a_second_issuance_is_refused_and_the_deal_is_unchanged() {
        desk.as(cast.manager).post("/deals/" + poolId + "/issuance").then().statusCode(200)
                .body("result.status", equalTo("ISSUED")).body("result.holdings.size()", equalTo(2));

        refusedAndUnchanged(() -> desk.as(cast.manager).post("/deals/" + poolId + "/issuance"), 409, "DEAL_STATE_CONFLICT");
    }

    @Test
    @Order(5)
    void a_payment_date_before_its_time_is_refused_and_the_deal_is_unchanged() {
        refusedAndUnchanged(() -> desk.as(cast.manager).body("{\"documentHash\":\"" + Hashes.sha256Hex("report") + "\"}")
                .post("/deals/" + poolId + "/payment-dates"), 409, "PAYMENT_DATE_NOT_DUE");
        assertThat(ledger.deal(cast.manager, poolId).deal().status()).isEqualTo(DealStatus.ISSUED);
    }

    @Test
    @Order(6)
    void the_deal_reads_whole_for_its_manager_and_operator_and_narrowed_for_an_investor() {
        desk.as(cast.manager).get("/deals/" + poolId).then().statusCode(200)
                .body("deal.status", equalTo("ISSUED")).body("appointments.size()", equalTo(2))
                .body("deal.holdings.size()", equalTo(2));
        desk.as("operator.securities").get("/deals/" + poolId).then().statusCode(200)
                .body("deal.holdings.size()", equalTo(2));
        desk.as("operator.bank").get("/deals/" + poolId).then().statusCode(404).body("code", equalTo("POOL_NOT_FOUND"));
        desk.as(cast.investors.get(1)).get("/deals/" + poolId).then().statusCode(200)
                .body("deal.holdings.size()", equalTo(0));
        desk.as(cast.investors.get(0)).get("/deals/" + poolId + "/tranches/SENIOR").then().statusCode(200)
                .body("tranche.principal.minor", equalTo(80_000)).body("assets.size()", equalTo(1));
        desk.as(cast.investors.get(0)).get("/investors/" + cast.investors.get(0).id() + "/portfolio").then()
                .statusCode(200).body("holdings.size()", equalTo(2));
        desk.as(cast.investors.get(1)).get("/investors/" + cast.investors.get(0).id() + "/portfolio").then()
                .statusCode(403).body("code", equalTo("NOT_ALLOWED"));
    }

    // --- Refused before the ledger: no token, a wrong role, a body or a path that cannot be read.

    @Test
    void the_openapi_document_names_each_writes_codes_and_the_idempotency_key() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/deals'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/deals/{id}/subscription'.post.responses.'422'.description",
                        containsString("ATTESTATION_ADVERSE"))
                .body("paths.'/deals/{id}/attestations'.post.responses.'403'.description",
                        containsString("PROVIDER_NOT_APPOINTED"))
                .body("paths.'/deals/{id}/payment-dates'.post.responses.'409'.description",
                        containsString("PAYMENT_DATE_NOT_DUE"))
                .body("paths.'/deals/{id}/issuance'.post.responses.'422'.description",
                        containsString("IDEMPOTENCY_KEY_REUSED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deals", "/deals/X/assets", "/deals/X/appointments", "/deals/X/attestations",
            "/deals/X/ratings", "/deals/X/structure", "/deals/X/subscription", "/deals/X/orders", "/deals/X/allocation",
            "/deals/X/issuance", "/deals/X/payment-dates"})
    void a_write_without_a_token_is_401(String path) {
        given().contentType(ContentType.JSON).body("{}").when().post(path).then().statusCode(401);
    }

    @ParameterizedTest
    @CsvSource({"investor1, /deals", "securities1, /deals/X/assets", "supplier1, /deals/X/appointments",
            "securities1, /deals/X/attestations", "investor1, /deals/X/ratings", "provider1, /deals/X/structure",
            "investor1, /deals/X/subscription", "securities1, /deals/X/orders", "investor1, /deals/X/allocation",
            "provider1, /deals/X/issuance", "supplier1, /deals/X/payment-dates", "investor1, /deals/X/cancel"})
    void a_role_the_transaction_is_not_for_is_403_before_anything_is_read(String user, String path) {
        desk.as(user).body("{\"not\":\"read\"}").post(path).then().statusCode(403);
    }

    @Test
    void every_malformed_body_is_a_400_problem_and_creates_nothing() {
        String good = dealBody(cast.originator.id(), "[]");
        List<String> malformed = List.of(
                good.replace("{\"originatorId\"", "{\"colour\":\"red\",\"originatorId\""),   // unknown field
                good.replace("\"maxObligorConcentrationBp\":10000", "\"maxObligorConcentrationBp\":4000.5"), // fraction
                good.replace("\"maxObligorConcentrationBp\":10000", "\"maxObligorConcentrationBp\":\"10000\""), // text
                good.replace("\"requiredAttestations\":[]", "\"requiredAttestations\":[\"OPINION\"]"), // no such kind
                good.replace("\"cutOffDate\":\"" + today + "\"", "\"cutOffDate\":\"02/03/2026\""), // not a date
                good.replace(",\"cutOffDate\":\"" + today + "\"", ""),                       // missing
                good + " {}",                                                                 // trailing tokens
                "null",
                "{oops");
        String key = UUID.randomUUID().toString();
        for (String body : malformed) {
            desk.as(cast.manager).header("Idempotency-Key", key).body(body).post("/deals")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("INVALID_ARGUMENT")).body("detail", notNullValue());
        }
        // Nothing was kept for the key: the corrected body may use it and creates the one pool.
        Response created = desk.as(cast.manager).header("Idempotency-Key", key).body(good).post("/deals");
        Response replayed = desk.as(cast.manager).header("Idempotency-Key", key).body(good).post("/deals");
        created.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        replayed.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(replayed.asString()).isEqualTo(created.asString());
        Pool pool = AbsDesk.result(created, Pool.class);
        assertThat(ledger.deal(cast.manager, pool.id()).pool().version()).isEqualTo(1);
    }

    @Test
    void the_other_bodies_are_read_as_strictly() {
        String deal = "/deals/" + UNKNOWN_POOL;
        desk.as(cast.manager).body(structureBody().replace("\"amount\":\"800.00\"", "\"amount\":800.00"))
                .post(deal + "/structure").then().statusCode(400)
                .body("detail", equalTo("field 'tranches[0].principal.amount' has a value of the wrong type or form"));
        desk.as(cast.manager).body(structureBody().replace("\"amount\":\"1.00\"", "\"amount\":\"1.001\""))
                .post(deal + "/structure").then().statusCode(400).body("detail", equalTo(
                        "field 'feesPerPaymentDate.amount' must be decimal text with at most two decimals, e.g. \"1000000.00\""));
        desk.as(cast.servicer).body("{\"kind\":\"LEGAL_OPINION\",\"opinion\":\"UNQUALIFIED\",\"documentHash\":\"ABC\"}")
                .post(deal + "/attestations").then().statusCode(400)
                .body("detail", equalTo("field 'documentHash' must be a SHA-256 in lower-case hex (64 characters)"));
        desk.as(cast.investors.get(0)).body("{\"trancheClass\":\"SENIOR\",\"units\":0}").post(deal + "/orders")
                .then().statusCode(400).body("detail", equalTo("field 'units' must be greater than 0"));
        desk.as(cast.investors.get(0)).body("{\"trancheClass\":0,\"units\":5}").post(deal + "/orders")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
        desk.as(cast.manager).body("{\"reason\":\"x\"}").post(deal + "/issuance")
                .then().statusCode(400).body("detail", equalTo("unknown field 'reason'"));
        desk.as(cast.originator).body("{\"voucherIds\":[]}").post(deal + "/assets")
                .then().statusCode(400).body("detail", equalTo("field 'voucherIds' must not be empty"));
    }

    @Test
    void a_deal_that_does_not_exist_is_404_and_a_malformed_id_400_as_on_the_scf_desk() {
        desk.as(cast.manager).get("/deals/" + UNKNOWN_POOL).then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("POOL_NOT_FOUND"));
        desk.as(cast.manager).post("/deals/" + UNKNOWN_POOL + "/subscription").then().statusCode(404)
                .body("code", equalTo("POOL_NOT_FOUND"));
        desk.as(cast.manager).get("/deals/not-a-pool").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_ARGUMENT"));
        desk.as(cast.manager).get("/deals/" + UNKNOWN_POOL + "/tranches/JUNIOR").then().statusCode(400)
                .body("detail", equalTo("trancheClass in the path must be one of SENIOR, MEZZANINE, SUBORDINATED"));
        desk.as(cast.servicer).post("/deals/" + UNKNOWN_POOL + "/attestations/OPINION/withdraw").then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        desk.as(cast.manager).get("/deals/" + UNKNOWN_POOL + "/nothing").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
    }

    @Test
    void a_party_whose_identity_this_service_does_not_hold_is_403_party_identity_not_hosted() {
        desk.as("securities1").body(dealBody(cast.originator.id(), "[]")).post("/deals").then().statusCode(403)
                .contentType(PROBLEM).body("code", equalTo("PARTY_IDENTITY_NOT_HOSTED"));
    }
}
