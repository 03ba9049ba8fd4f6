package io.trellis.desk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.desk.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated user of the current request, as the Keycloak token describes it. */
@RequestScoped
public class TokenCaller {
    static final String ORG_CLAIM = "org_msp";
    static final String PARTY_CLAIM = "party_id";

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final PartyHosts hosts;

    TokenCaller(JsonWebToken token, SecurityIdentity identity, PartyHosts hosts) {
        this.token = token;
        this.identity = identity;
        this.hosts = hosts;
    }

    /** The organisation the user belongs to; a token without one may not act. */
    public Org org() {
        return tokenOrg()
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_ALLOWED, "the token names no Trellis organisation"));
    }

    /**
     * The user as a reader of the read models: party id, realm roles (mapped from realm_access.roles) and
     * organisation; an operator's parties are those {@link PartyHosts} places at that organisation.
     */
    public Viewer viewer() {
        return new Viewer(token.getClaim(PARTY_CLAIM), identity.getRoles(), tokenOrg().orElse(null), hosts::hostOf);
    }

    /** The token's organisation; empty when it names none, or one that is not Trellis's. */
    private Optional<Org> tokenOrg() {
        String msp = token.getClaim(ORG_CLAIM);
        return msp == null ? Optional.empty() : Org.ofMspId(msp);
    }
}
