package io.trellis.scf.support;

import io.restassured.RestAssured;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.parties.Onboarding;

/**
 * Parties no earlier run has touched, on a ledger that outlives runs: registered and KYC-approved over the
 * service's REST by their organisation's operator (so the service under test holds their identities; a bank's or a
 * securities firm's once the platform has admitted it), each with a Keycloak user of its own (password
 * {@code demo}, claims party_id and org_msp, the role's realm role). Made once REST Assured knows the service's port.
 */
public final class FreshParties implements AutoCloseable {
    private final Onboarding onboarding = new Onboarding(RestAssured.baseURI + ":" + RestAssured.port, "it-");

    /** A registered, approved party and the username that acts for it. */
    public record Fresh(String id, String username) {
    }

    public Fresh register(PartyRole role, Org org) {
        Onboarding.Member member = onboarding.join(role, org);
        return new Fresh(member.id(), member.username());
    }

    /** Removes the Keycloak users; the parties stay on the ledger, which keeps everything. */
    @Override
    public void close() {
        onboarding.close();
    }
}
