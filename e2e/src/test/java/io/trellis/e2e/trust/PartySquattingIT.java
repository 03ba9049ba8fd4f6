package io.trellis.e2e.trust;

import static io.trellis.e2e.rest.PlatformApi.as;
import static io.trellis.e2e.rest.PlatformApi.freshPartyId;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.trellis.chaincode.api.Org;
import io.trellis.e2e.rest.PlatformApi;
import org.junit.jupiter.api.Test;

/**
 * Party-id squatting on the running stack: a bank's operator cannot occupy a company id the platform (the
 * consortium's company registry) has not admitted to the bank, so the company's real host still registers it.
 */
class PartySquattingIT {

    private static String body(String id, String role) {
        return "{\"id\":\"" + id + "\",\"name\":\"Squat " + id + "\",\"roles\":[\"" + role + "\"]}";
    }

    @Test
    void a_bank_operator_cannot_register_a_platform_suppliers_id_as_an_auditor_and_the_platform_then_registers_it() {
        String supplier = freshPartyId();

        as("operator.bank").contentType(ContentType.JSON).body(body(supplier, "AUDITOR")).when().post("/parties")
                .then().statusCode(403).body("code", equalTo("PARTY_NOT_ADMITTED"));

        as("operator.platform").contentType(ContentType.JSON).body(body(supplier, "SUPPLIER")).when().post("/parties")
                .then().statusCode(201).body("party.org", equalTo("PLATFORM"));
    }

    @Test
    void a_company_the_platform_admits_to_the_bank_is_registered_by_the_bank_only() {
        String financier = freshPartyId();
        PlatformApi.admit(financier, Org.BANK);

        as("operator.securities").contentType(ContentType.JSON).body(body(financier, "AUDITOR")).when().post("/parties")
                .then().statusCode(403).body("code", equalTo("PARTY_NOT_ADMITTED"));
        as("operator.bank").contentType(ContentType.JSON).body(body(financier, "FINANCIER")).when().post("/parties")
                .then().statusCode(201).body("party.org", equalTo("BANK"));
    }

    @Test
    void only_the_platforms_operator_admits() {
        as("operator.bank").contentType(ContentType.JSON).body("{\"org\":\"BankMSP\"}")
                .when().post("/parties/" + freshPartyId() + "/admission")
                .then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));
    }
}
