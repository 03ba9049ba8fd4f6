package io.trellis.scf.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.trellis.scf.support.Tokens;
import io.trellis.scf.support.UnreachableLedgerProfile;
import io.trellis.testing.ids.FreshPartyIds;
import org.junit.jupiter.api.Test;

/** When the ledger cannot be reached, a party change fails clearly and nothing is recorded. */
@QuarkusTest
@TestProfile(UnreachableLedgerProfile.class)
class PartyChangesWithUnreachableLedgerIT {

    @Test
    void registering_while_the_ledger_is_unreachable_is_a_503_problem_and_records_nothing() {
        String id = FreshPartyIds.next();

        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Harbour Steel\",\"roles\":[\"SUPPLIER\"]}")
                .when().post("/parties")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("LEDGER_UNAVAILABLE"));
        given().auth().oauth2(Tokens.of("operator.platform")).when().get("/parties/" + id).then().statusCode(404);
    }

    @Test
    void reviewing_kyc_while_the_ledger_is_unreachable_is_a_503_problem() {
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"status\":\"APPROVED\"}")
                .when().post("/parties/" + FreshPartyIds.next() + "/kyc")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("LEDGER_UNAVAILABLE"));
    }
}
