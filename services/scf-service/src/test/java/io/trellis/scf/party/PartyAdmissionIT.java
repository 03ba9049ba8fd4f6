package io.trellis.scf.party;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.trellis.scf.support.Api;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.testing.ids.FreshPartyIds;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /parties/{id}/admission} on the local stack: the platform's operator keeps the company registry, so a
 * bank's operator registers only a company admitted to the bank.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
class PartyAdmissionIT {

    private static ValidatableResponse admit(String operator, String id, String body) {
        return Api.as(operator).contentType(ContentType.JSON).body(body)
                .when().post("/parties/" + id + "/admission").then();
    }

    private static ValidatableResponse registerAtBank(String id) {
        return Api.as("operator.bank").contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Harbour Bank\",\"roles\":[\"FINANCIER\"]}")
                .when().post("/parties").then();
    }

    @Test
    void a_bank_operator_registering_a_company_the_platform_has_not_admitted_is_a_403_problem() {
        String id = FreshPartyIds.next();

        registerAtBank(id).statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTY_NOT_ADMITTED"));
        Api.as("operator.bank").get("/parties/" + id).then().statusCode(404);
    }

    @Test
    void once_the_platform_admits_the_company_to_the_bank_the_bank_operator_registers_it() {
        String id = FreshPartyIds.next();

        admit("operator.platform", id, "{\"org\":\"BankMSP\"}").statusCode(200)
                .body("id", equalTo(id))
                .body("org", equalTo("BankMSP"))
                .body("version", equalTo(1));

        registerAtBank(id).statusCode(201).body("party.org", equalTo("BANK"));
    }

    @Test
    void admitting_again_to_the_same_organisation_answers_the_same_admission() {
        String id = FreshPartyIds.next();
        String first = admit("operator.platform", id, "{\"org\":\"BankMSP\"}").statusCode(200)
                .extract().path("admittedAt");

        admit("operator.platform", id, "{\"org\":\"BankMSP\"}").statusCode(200)
                .body("version", equalTo(1))
                .body("admittedAt", equalTo(first));
    }

    @Test
    void a_bank_operator_may_not_admit_and_a_supplier_is_forbidden_by_role() {
        String id = FreshPartyIds.next();

        admit("operator.bank", id, "{\"org\":\"BankMSP\"}").statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ALLOWED"));
        admit("supplier1", id, "{\"org\":\"BankMSP\"}").statusCode(403);
        registerAtBank(id).statusCode(403).body("code", equalTo("PARTY_NOT_ADMITTED"));
    }

    @Test
    void an_admission_body_is_read_strictly() {
        String id = FreshPartyIds.next();

        admit("operator.platform", id, "{\"org\":\"BankMSP\",\"colour\":\"red\"}").statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        admit("operator.platform", id, "{\"org\":\"NowhereMSP\"}").statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        admit("operator.platform", id, "{\"org\":\"PlatformMSP\"}").statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        admit("operator.platform", id, "{\"org\":1}").statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        // 91310000XXXXXXXXX has check character X: ending in Y, the code is not a unified social credit code.
        admit("operator.platform", "91310000XXXXXXXXXY", "{\"org\":\"BankMSP\"}").statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
    }
}
