package io.trellis.e2e.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.testing.ids.FreshPartyIds;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The running platform's REST side as a user reaches it: Keycloak tokens of the demo users, scf-service. */
public final class PlatformApi {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private PlatformApi() {
    }

    public static String scfService() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    }

    public static String settlementService() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("SETTLEMENT_SERVICE_PORT", "8084");
    }

    private static String keycloak() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180") + "/realms/trellis";
    }

    /** An access token of a demo user (password {@code demo}). */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .formParam("grant_type", "password").formParam("client_id", "trellis-portal")
                .formParam("username", user).formParam("password", "demo")
                .when().post(keycloak() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    public static RequestSpecification as(String username) {
        return given().baseUri(scfService()).auth().oauth2(token(username));
    }

    public static RequestSpecification anonymous() {
        return given().baseUri(scfService());
    }

    /** A party id no one has registered: a valid unified social credit code. */
    public static String freshPartyId() {
        return FreshPartyIds.next();
    }

    public static String partyBody(String id, String name) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"roles\":[\"SUPPLIER\"]}";
    }

    /**
     * The platform's operator, keeper of the company registry, admits company {@code id} to {@code org} (needed
     * before a bank's or a securities firm's operator registers it; the platform's own need none).
     */
    public static void admit(String id, Org org) {
        if (org != Org.PLATFORM) {
            as("operator.platform").contentType(ContentType.JSON).body(Map.of("org", org.mspId()))
                    .when().post("/parties/" + id + "/admission").then().statusCode(200);
        }
    }

    /** An operator of the platform registers a supplier; the answer comes once the transaction is committed. */
    public static Response register(String id, String name) {
        return as("operator.platform").contentType(ContentType.JSON).body(partyBody(id, name)).when().post("/parties");
    }
}
