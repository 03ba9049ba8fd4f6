package io.trellis.scf.security;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import java.util.Arrays;
import java.util.Set;

/**
 * Who is reading: the token's party and realm roles. Reads follow one rule of thumb: auditors and operators see
 * everything, a party sees what names it.
 *
 * @param partyId the token's {@code party_id}, null if it has none
 * @param roles   realm roles, lowercase
 */
public record Viewer(String partyId, Set<String> roles) {
    public static final String OPERATOR = "operator";
    public static final String AUDITOR = "auditor";
    public static final String CORE_ENTERPRISE = "core_enterprise";
    public static final String FINANCIER = "financier";
    public static final String SUPPLIER = "supplier";
    public static final String SECURITIES_FIRM = "securities_firm";

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean seesAll() {
        return roles.contains(AUDITOR) || roles.contains(OPERATOR);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean is(String party) {
        return partyId != null && partyId.equals(party);
    }

    /** True for an all-seeing viewer, or one whose party is among {@code parties}. */
    public boolean sees(String... parties) {
        return seesAll() || Arrays.stream(parties).anyMatch(this::is);
    }

    /**
     * The viewer's own party, for a filter it may only set to itself: absent means itself, any other party is
     * refused (asking about another party's business is forbidden, not merely empty).
     */
    public String ownParty(String requested) {
        if (partyId == null) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "the token names no party");
        }
        if (requested != null && !requested.equals(partyId)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "a party may only ask about its own business");
        }
        return partyId;
    }
}
