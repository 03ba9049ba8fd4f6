package io.trellis.scf.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.scf.party.PartyView;
import io.trellis.scf.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated user of the current request, as the Keycloak token describes it. */
@RequestScoped
public class TokenCaller {
    static final String ORG_CLAIM = "org_msp";
    static final String PARTY_CLAIM = "party_id";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    TokenCaller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    /** The organisation the user belongs to; a token without one may not act. */
    public Org org() {
        String msp = token.getClaim(ORG_CLAIM);
        return Org.ofMspId(msp == null ? "" : msp)
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_ALLOWED, "the token names no Trellis organisation"));
    }

    /**
     * The user as a reader of the read models: party id, realm roles (mapped from realm_access.roles) and
     * organisation; an operator's parties are those the party read model has at that organisation.
     */
    public Viewer viewer() {
        String msp = token.getClaim(ORG_CLAIM);
        Org org = msp == null ? null : Org.ofMspId(msp).orElse(null);
        return new Viewer(token.getClaim(PARTY_CLAIM), identity.getRoles(), org, PartyView::hostOf);
    }
}
