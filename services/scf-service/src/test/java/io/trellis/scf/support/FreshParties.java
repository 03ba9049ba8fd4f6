package io.trellis.scf.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Parties no earlier run has touched, on a ledger that outlives runs: registered and KYC-approved over the
 * service's REST by their organisation's operator (so the service under test holds their identities), each with a
 * Keycloak user of its own (password {@code demo}, claims party_id and org_msp, the role's realm role).
 */
public final class FreshParties implements AutoCloseable {
    private final String keycloak = "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
    private final List<String> userIds = new ArrayList<>();

    /** A registered, approved party and the username that acts for it. */
    public record Fresh(String id, String username) {
    }

    public Fresh register(PartyRole role, Org org) {
        String id = PartyIds.fresh();
        String operator = "operator." + org.name().toLowerCase(Locale.ROOT);
        Api.as(operator).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", role + " " + id, "roles", List.of(role.name())))
                .when().post("/parties").then().statusCode(201);
        Api.as(operator).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .when().post("/parties/" + id + "/kyc").then().statusCode(200);
        String username = "it-" + id.toLowerCase(Locale.ROOT);
        createUser(username, id, org, role.name().toLowerCase(Locale.ROOT));
        return new Fresh(id, username);
    }

    private void createUser(String username, String partyId, Org org, String realmRole) {
        String location = admin().contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "email", username + "@it.trellis.example.com",
                        "emailVerified", true, "firstName", "IT", "lastName", partyId,
                        "attributes", Map.of("party_id", List.of(partyId), "org_msp", List.of(org.mspId())),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post(realmAdmin() + "/users")
                .then().statusCode(201).extract().header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        userIds.add(userId);
        Map<String, Object> role = admin().when().get(realmAdmin() + "/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        admin().contentType(ContentType.JSON).body(List.of(role))
                .when().post(realmAdmin() + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
    }

    /** The master realm's admin, with a token of its own each time (they live a minute). */
    private RequestSpecification admin() {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(keycloak + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token);
    }

    private String realmAdmin() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return keycloak + "/admin" + issuer.substring(issuer.indexOf("/realms/"));
    }

    /** Removes the Keycloak users; the parties stay on the ledger, which keeps everything. */
    @Override
    public void close() {
        userIds.forEach(id -> admin().when().delete(realmAdmin() + "/users/" + id));
    }
}
