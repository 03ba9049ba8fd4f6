package io.trellis.e2e.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.keycloak.KeycloakUsers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people of one story: parties registered and KYC-approved through the running scf-service by their
 * organisation's operator, a bank's or securities firm's once the platform has admitted it (so the stack's wallet
 * holds their identities, where settlement-service finds a bank's), each with a Keycloak user of its own. Closing
 * removes the users; the parties stay on the ledger.
 */
public final class Cast implements AutoCloseable {
    private final KeycloakUsers users = KeycloakUsers.ofLocalStack();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A registered, approved party and the username that acts for it. */
    public record Member(String id, String username) {
    }

    public Member join(PartyRole role, Org org) {
        String id = PlatformApi.freshPartyId();
        String operator = "operator." + org.name().toLowerCase(Locale.ROOT);
        PlatformApi.admit(id, org);
        PlatformApi.as(operator).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", role + " " + id, "roles", List.of(role.name())))
                .when().post("/parties").then().statusCode(201);
        PlatformApi.as(operator).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .when().post("/parties/" + id + "/kyc").then().statusCode(200);
        String username = "e2e-" + id.toLowerCase(Locale.ROOT);
        users.create(username, id, org.mspId(), role.name().toLowerCase(Locale.ROOT));
        return new Member(id, username);
    }

    /** Requests to {@code baseUri} as the member, JSON bodies. */
    public RequestSpecification as(Member member, String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(tokens.computeIfAbsent(member.username(), users::token))
                .contentType(ContentType.JSON);
    }

    @Override
    public void close() {
        users.close();
    }
}
