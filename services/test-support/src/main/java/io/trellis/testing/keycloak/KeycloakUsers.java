package io.trellis.testing.keycloak;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Users of the realm created for one test run through Keycloak's admin API (master realm admin), so a test can
 * act as parties no earlier run has touched: each user has password {@code demo}, the claims {@code party_id}
 * and {@code org_msp}, and one realm role. {@link #close()} removes them; the parties stay on the ledger.
 */
public final class KeycloakUsers implements AutoCloseable {
    public static final String PASSWORD = "demo";

    private final String baseUrl;
    private final String realm;
    /** Users may be created from several threads at once (a test registering its parties in parallel). */
    private final List<String> created = new CopyOnWriteArrayList<>();

    /** @param baseUrl e.g. {@code http://127.0.0.1:8180}; @param realm e.g. {@code trellis} */
    public KeycloakUsers(String baseUrl, String realm) {
        this.baseUrl = baseUrl;
        this.realm = realm;
    }

    /** The stack's Keycloak (KEYCLOAK_PORT) and realm {@code trellis}. */
    public static KeycloakUsers ofLocalStack() {
        return new KeycloakUsers("http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"), "trellis");
    }

    /** Creates a user; a null {@code mspId} leaves out the {@code org_msp} claim (a token naming no organisation). */
    public void create(String username, String partyId, String mspId, String realmRole) {
        Map<String, List<String>> attributes = mspId == null ? Map.of("party_id", List.of(partyId))
                : Map.of("party_id", List.of(partyId), "org_msp", List.of(mspId));
        String location = admin().contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "email", username + "@it.trellis.example.com",
                        "emailVerified", true, "firstName", "IT", "lastName", partyId,
                        "attributes", attributes,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .when().post(realmAdmin() + "/users")
                .then().statusCode(201).extract().header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        created.add(userId);
        Map<?, ?> role = admin().when().get(realmAdmin() + "/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        admin().contentType(ContentType.JSON).body(List.of(role))
                .when().post(realmAdmin() + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
    }

    /** An access token of a user (password grant of the portal client, as the demo users log in). */
    public String token(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "trellis-portal")
                .formParam("username", username).formParam("password", PASSWORD)
                .when().post(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The master realm's admin, with a fresh token each time (they live a minute). */
    private RequestSpecification admin() {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token);
    }

    private String realmAdmin() {
        return baseUrl + "/admin/realms/" + realm;
    }

    @Override
    public void close() {
        created.forEach(id -> admin().when().delete(realmAdmin() + "/users/" + id));
        created.clear();
    }
}
