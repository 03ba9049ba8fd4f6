package io.trellis.e2e.rest;

import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.parties.Onboarding;

/**
 * The people of one story: parties registered and KYC-approved through the running scf-service by their
 * organisation's operator, a bank's or securities firm's once the platform has admitted it (so the stack's wallet
 * holds their identities, where settlement-service finds a bank's), each with a Keycloak user of its own. Closing
 * removes the users; the parties stay on the ledger.
 */
public final class Cast implements AutoCloseable {
    private final Onboarding onboarding = new Onboarding(PlatformApi.scfService(), "e2e-");

    /** A registered, approved party and the username that acts for it. */
    public record Member(String id, String username) {
    }

    public Member join(PartyRole role, Org org) {
        Onboarding.Member member = onboarding.join(role, org);
        return new Member(member.id(), member.username());
    }

    /** Requests to {@code baseUri} as the member, JSON bodies. */
    public RequestSpecification as(Member member, String baseUri) {
        return onboarding.as(member.username(), baseUri);
    }

    @Override
    public void close() {
        onboarding.close();
    }
}
