package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.wiring.PartyIdentities;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parties registered as people register them: through scf-service by their organisation's operator
 * ({@code POST /parties}, then KYC approval; a bank's or securities firm's once the platform's operator has admitted
 * it, {@code POST /parties/{id}/admission}), so the stack's wallet holds their identities, where scf-service
 * and settlement-service sign with them; each gets a Keycloak user of its own. The bench shares that wallet, so
 * it can also sign as them for setup on the ledger.
 */
final class DeskParties {
    private final ScfDesk desk;
    private final Keycloak keycloak;
    private final PartyIdentities identities;

    /** A party registered through the desk, and the user that acts for it. */
    record DeskParty(Fixture.Party party, String username) {
    }

    DeskParties(ScfDesk desk, Keycloak keycloak, PartyIdentities identities) {
        this.desk = desk;
        this.keycloak = keycloak;
        this.identities = identities;
    }

    DeskParty register(String id, PartyRole role, Org org) {
        if (org != Org.PLATFORM) {
            desk.post(keycloak.token("operator.platform"), "/parties/" + id + "/admission", Map.of("org", org.mspId()),
                    200);
        }
        String operator = keycloak.token("operator." + org.name().toLowerCase(Locale.ROOT));
        desk.post(operator, "/parties", Map.of("id", id, "name", "Bench " + role.name().toLowerCase(Locale.ROOT)
                + " " + id, "roles", List.of(role.name())), 201);
        desk.post(operator, "/parties/" + id + "/kyc", Map.of("status", "APPROVED"), 200);
        String username = "bench-" + id.toLowerCase(Locale.ROOT);
        keycloak.createUser(username, id, org.mspId(), role.name().toLowerCase(Locale.ROOT));
        FabricIdentity identity = identities.find(id, org).orElseThrow(() -> new IllegalStateException(
                "scf-service registered " + id + " but its identity is not in the wallet the bench reads"));
        return new DeskParty(new Fixture.Party(id, identity), username);
    }

    String token(DeskParty party) {
        return keycloak.token(party.username());
    }
}
