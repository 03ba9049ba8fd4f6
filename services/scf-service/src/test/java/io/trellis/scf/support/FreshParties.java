package io.trellis.scf.support;

import io.restassured.http.ContentType;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.keycloak.KeycloakUsers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parties no earlier run has touched, on a ledger that outlives runs: registered and KYC-approved over the
 * service's REST by their organisation's operator (so the service under test holds their identities; a bank's or a
 * securities firm's once the platform has admitted it), each with a Keycloak user of its own (password
 * {@code demo}, claims party_id and org_msp, the role's realm role).
 */
public final class FreshParties implements AutoCloseable {
    private final KeycloakUsers users = KeycloakUsers.ofLocalStack();

    /** A registered, approved party and the username that acts for it. */
    public record Fresh(String id, String username) {
    }

    public Fresh register(PartyRole role, Org org) {
        String id = FreshPartyIds.next();
        String operator = "operator." + org.name().toLowerCase(Locale.ROOT);
        Admissions.admitFor(id, org);
        Api.as(operator).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", role + " " + id, "roles", List.of(role.name())))
                .when().post("/parties").then().statusCode(201);
        Api.as(operator).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .when().post("/parties/" + id + "/kyc").then().statusCode(200);
        String username = "it-" + id.toLowerCase(Locale.ROOT);
        users.create(username, id, org.mspId(), role.name().toLowerCase(Locale.ROOT));
        return new Fresh(id, username);
    }

    /** Removes the Keycloak users; the parties stay on the ledger, which keeps everything. */
    @Override
    public void close() {
        users.close();
    }
}
