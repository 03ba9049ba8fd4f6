package io.trellis.testing.parties;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.keycloak.KeycloakUsers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parties no earlier run has touched, on a ledger that outlives runs: admitted by the platform (a bank's or a
 * securities firm's), registered and KYC-approved through scf-service's REST by their organisation's operator, so
 * the wallet of that scf-service holds their own identities; each with a Keycloak user of its own (password
 * {@code demo}, claims party_id and org_msp, the role's realm role). {@link #close()} removes the users; the
 * parties stay on the ledger, which keeps everything.
 */
public final class Onboarding implements AutoCloseable {
    private final String scfService;
    private final String usernamePrefix;
    private final KeycloakUsers users = KeycloakUsers.ofLocalStack();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A registered, approved party, the organisation hosting it and the username that acts for it. */
    public record Member(String id, String username, Org org) {
    }

    /**
     * @param scfService     base URI of the scf-service that registers the parties (and so holds their identities)
     * @param usernamePrefix what the users' names start with, so a run's users are recognisable ({@code it-})
     */
    public Onboarding(String scfService, String usernamePrefix) {
        this.scfService = scfService;
        this.usernamePrefix = usernamePrefix;
    }

    /** The stack's own scf-service (SCF_SERVICE_PORT): its identities land in the stack's shared wallet. */
    public static Onboarding viaStack(String usernamePrefix) {
        return new Onboarding("http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081"),
                usernamePrefix);
    }

    /** A fresh party of {@code role} hosted by {@code org}, registered and approved, with a user of that role. */
    public Member join(PartyRole role, Org org) {
        String id = FreshPartyIds.next();
        String operator = operatorOf(org);
        admit(id, org);
        as(operator).body(Map.of("id", id, "name", role + " " + id, "roles", List.of(role.name())))
                .when().post("/parties").then().statusCode(201);
        as(operator).body(Map.of("status", "APPROVED")).when().post("/parties/" + id + "/kyc").then().statusCode(200);
        return userFor(id, org, role.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Another user for party {@code partyId} with realm role {@code realmRole}, which need not be a role the party
     * holds on the ledger (how a test shows the chaincode, not only the desk, refuses a role).
     */
    public Member userFor(String partyId, Org org, String realmRole) {
        String username = usernamePrefix + partyId.toLowerCase(Locale.ROOT) + "-" + realmRole.replace('_', '-');
        users.create(username, partyId, org.mspId(), realmRole);
        return new Member(partyId, username, org);
    }

    /**
     * The platform, keeper of the company registry, admits company {@code id} to {@code org} (a bank's or a
     * securities firm's operator may register only an admitted id; the platform's own need none).
     */
    public void admit(String id, Org org) {
        if (org != Org.PLATFORM) {
            as(operatorOf(Org.PLATFORM)).body(Map.of("org", org.mspId()))
                    .when().post("/parties/" + id + "/admission").then().statusCode(200);
        }
    }

    /** An access token of any realm user (the demo users' password is the same), fetched once. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, users::token);
    }

    /** JSON requests to {@code baseUri} as the member. */
    public RequestSpecification as(Member member, String baseUri) {
        return as(member.username(), baseUri);
    }

    /** JSON requests to {@code baseUri} as any realm user. */
    public RequestSpecification as(String username, String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(token(username)).contentType(ContentType.JSON);
    }

    private RequestSpecification as(String username) {
        return as(username, scfService);
    }

    private static String operatorOf(Org org) {
        return "operator." + org.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        users.close();
    }
}
