package io.trellis.scf.party;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.Tokens;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.projection.RelayedLedger;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The party API against the real Keycloak, Kafka and PostgreSQL of the local stack. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class PartyApiIT {
    private static RelayedLedger events;

    @BeforeAll
    static void connect() {
        events = new RelayedLedger();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private static Party party(String id, String name) {
        return new Party(id, name, List.of(PartyRole.SUPPLIER), Org.PLATFORM, KycStatus.PENDING,
                new PartyIdentity("PlatformMSP", "x509::CN=" + id + "::CN=ca.platform"), "2026-03-02T08:00:00Z",
                "x509::CN=Admin@platform::CN=ca.platform", 1);
    }

    private static String txId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void reading_parties_without_a_token_is_unauthorized() {
        given().when().get("/parties").then().statusCode(401);
    }

    @Test
    void registering_with_a_role_other_than_operator_is_forbidden_and_registers_nothing() {
        String id = FreshPartyIds.next();

        given().auth().oauth2(Tokens.of("supplier1")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Sneaky Co.\",\"roles\":[\"SUPPLIER\"]}")
                .when().post("/parties")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("supplier1")).when().get("/parties/" + id).then().statusCode(404);
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() {
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{oops")
                .when().post("/parties")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_ARGUMENT"))
                .body("status", equalTo(400))
                .body("detail", equalTo("the body is not valid JSON of the expected shape"));
    }

    @Test
    void a_literal_null_body_is_a_400_problem_at_every_party_write() {
        String partyId = FreshPartyIds.next();
        for (String path : List.of("/parties", "/parties/" + partyId + "/kyc", "/parties/" + partyId + "/admission")) {
            given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                    .body("null")
                    .when().post(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_ARGUMENT"))
                    .body("detail", equalTo("the body must be a JSON object, not null"));
        }
    }

    @Test
    void an_unknown_field_or_role_is_named_in_the_400_problem() {
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + FreshPartyIds.next() + "\",\"name\":\"A\",\"roles\":[\"SUPPLIER\"],\"colour\":\"red\"}")
                .when().post("/parties")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"))
                .body("detail", equalTo("unknown field 'colour'"));
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + FreshPartyIds.next() + "\",\"name\":\"A\",\"roles\":[\"KING\"]}")
                .when().post("/parties")
                .then().statusCode(400)
                .body("detail", equalTo("field 'roles[0]': 'KING' is not one of CORE_ENTERPRISE, SUPPLIER, FINANCIER,"
                        + " SECURITIES_FIRM, INVESTOR, SERVICE_PROVIDER, AUDITOR"));
    }

    @Test
    void a_registration_event_from_the_ledger_appears_in_the_read_model() {
        String id = FreshPartyIds.next();
        String tx = txId();

        events.publish(new LedgerEventMessage(tx, 42, 0, new PartyRegistered(party(id, "Blue River Textiles"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("bank1")).when().get("/parties/" + id)
                        .then().statusCode(200)
                        .body("name", equalTo("Blue River Textiles"))
                        .body("roles", contains("SUPPLIER"))
                        .body("mspId", equalTo("PlatformMSP"))
                        .body("kycStatus", equalTo("PENDING"))
                        .body("version", equalTo(1))
                        .body("lastTransactionId", equalTo(tx)));
    }

    @Test
    void a_redelivered_event_is_projected_once_and_a_late_one_changes_nothing() {
        String id = FreshPartyIds.next();
        String registeredTx = txId();
        String reviewTx = txId();
        LedgerEventMessage registered = new LedgerEventMessage(registeredTx, 50, 0, new PartyRegistered(party(id, "Kite Logistics")));
        LedgerEventMessage reviewed = new LedgerEventMessage(reviewTx, 51, 0, new PartyKycReviewed(id, KycStatus.APPROVED, 2));

        events.publish(registered);
        events.publish(reviewed);
        events.publish(registered);
        events.publish(reviewed);
        // A registration under another transaction id is not a duplicate marker, yet must not reset the party.
        events.publish(new LedgerEventMessage(txId(), 52, 0, new PartyRegistered(party(id, "Kite Logistics"))));
        String marker = FreshPartyIds.next();
        events.publish(new LedgerEventMessage(txId(), 53, 0, new PartyRegistered(party(marker, "Marker Co."))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("bank1")).when().get("/parties/" + marker).then().statusCode(200));
        given().auth().oauth2(Tokens.of("bank1")).when().get("/parties/" + id)
                .then().statusCode(200)
                .body("kycStatus", equalTo("APPROVED"))
                .body("version", equalTo(2))
                .body("lastTransactionId", equalTo(reviewTx));
    }

    @Test
    void reviewing_kyc_with_a_role_other_than_operator_is_forbidden() {
        given().auth().oauth2(Tokens.of("bank1")).contentType(ContentType.JSON)
                .body("{\"status\":\"APPROVED\"}")
                .when().post("/parties/" + FreshPartyIds.next() + "/kyc")
                .then().statusCode(403);
    }

    @Test
    void a_kyc_decision_outside_the_allowed_values_is_a_400_problem() {
        given().auth().oauth2(Tokens.of("operator.bank")).contentType(ContentType.JSON)
                .body("{\"status\":\"MAYBE\"}")
                .when().post("/parties/" + FreshPartyIds.next() + "/kyc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_ARGUMENT"))
                .body("detail", equalTo("field 'status': 'MAYBE' is not one of PENDING, APPROVED, REJECTED"));
    }

    @Test
    void an_unknown_party_is_a_404_problem() {
        given().auth().oauth2(Tokens.of("auditor1")).when().get("/parties/91310000XXXXXXXXXX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTY_NOT_FOUND"));
    }

    @Test
    void a_page_size_beyond_the_limit_is_a_400_problem() {
        given().auth().oauth2(Tokens.of("auditor1")).queryParam("size", 201).when().get("/parties")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }
}
