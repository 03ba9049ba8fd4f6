package io.trellis.portal.session;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person, as templates ({@code inject:user}) and desks see it: name, party, organisation, desks. */
@RequestScoped
@Named("user")
public class CurrentUser {
    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        String name = idToken.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /** The party the person acts for (claim {@code party_id}); null for a person of no party. */
    public String partyId() {
        return idToken.getClaim("party_id");
    }

    /** The organisation (MSP id) of an operator; null otherwise. */
    public String orgMsp() {
        return idToken.getClaim("org_msp");
    }

    public List<Desk> desks() {
        return signedIn() ? Desk.openTo(identity.getRoles()) : List.of();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }
}
