package io.trellis.desk.security;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.desk.problem.ProblemException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is reading: the token's party, realm roles and organisation. The rule is the chaincode's
 * ({@code core/Visibility}, docs/domain.md §2a): auditors see everything; a party sees what names it; an operator
 * is no party and speaks for the parties its own organisation hosts (where a party is hosted comes from the party
 * read model through {@code hosts}). An operator whose token names no organisation speaks for no one.
 */
public final class Viewer {
    public static final String OPERATOR = "operator";
    public static final String AUDITOR = "auditor";
    public static final String CORE_ENTERPRISE = "core_enterprise";
    public static final String FINANCIER = "financier";
    public static final String SUPPLIER = "supplier";
    public static final String SECURITIES_FIRM = "securities_firm";
    public static final String INVESTOR = "investor";
    public static final String SERVICE_PROVIDER = "service_provider";
    /** Roles a party holds (every realm role but the operator's): the ledger's party roles, in lower case. */
    private static final Set<String> PARTY_ROLES = Arrays.stream(PartyRole.values())
            .map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final String partyId;
    private final Set<String> roles;
    private final Org org;
    private final Function<String, Optional<Org>> hosts;
    private final Map<String, Optional<Org>> hostCache = new HashMap<>();

    /**
     * @param partyId the token's {@code party_id}, null if it has none
     * @param roles   realm roles, lowercase
     * @param org     the token's organisation, null if it names none (or one that is not Trellis's)
     * @param hosts   where a party is hosted; empty for a party the read model does not know
     */
    public Viewer(String partyId, Set<String> roles, Org org, Function<String, Optional<Org>> hosts) {
        this.partyId = partyId;
        this.roles = Set.copyOf(roles);
        this.org = org;
        this.hosts = Objects.requireNonNull(hosts);
    }

    /** A party's viewer (no operator role, so no host lookup is ever needed). */
    public static Viewer party(String partyId, String... roles) {
        return new Viewer(partyId, Set.of(roles), null, id -> Optional.empty());
    }

    /** The token's party id as it stands (also an operator's), null if none. */
    public String partyId() {
        return partyId;
    }

    /** Auditors read everything (but the financing terms, which the read model does not hold). */
    public boolean seesAll() {
        return roles.contains(AUDITOR) && isParty();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A party: a party id and a party's role. An operator's token is no party, whatever id it carries. */
    public boolean isParty() {
        return partyId != null && roles.stream().anyMatch(PARTY_ROLES::contains);
    }

    /** The organisation whose parties this operator speaks for; empty for a non-operator or a token naming none. */
    public Optional<Org> operatorOf() {
        return roles.contains(OPERATOR) ? Optional.ofNullable(org) : Optional.empty();
    }

    /** The reading party is {@code party} itself. */
    public boolean is(String party) {
        return isParty() && partyId.equals(party);
    }

    /** The party itself, or the operator of the organisation hosting it. */
    public boolean speaksFor(String party) {
        if (party == null) {
            return false;
        }
        return is(party) || operatorOf().filter(own -> hostOf(party).filter(own::equals).isPresent()).isPresent();
    }

    /** True for an auditor, or a viewer speaking for one of {@code parties}. */
    public boolean sees(String... parties) {
        return seesAll() || Arrays.stream(parties).anyMatch(this::speaksFor);
    }

    /**
     * The viewer's own party, for a filter it may only set to itself: absent means itself, any other party is
     * refused (asking about another party's business is forbidden, not merely empty).
     */
    public String ownParty(String requested) {
        if (!isParty()) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "the token names no party");
        }
        if (requested != null && !requested.equals(partyId)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "a party may only ask about its own business");
        }
        return partyId;
    }

    private Optional<Org> hostOf(String party) {
        return hostCache.computeIfAbsent(party, hosts);
    }

    @Override
    public String toString() {
        return "viewer " + partyId + " " + roles + (org == null ? "" : " of " + org.mspId());
    }
}
