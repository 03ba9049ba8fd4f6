package io.trellis.chaincode.core;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is reading: a KYC-approved party (auditors among them) or an organisation's operator. An operator is no
 * party; it speaks for the parties its organisation hosts, so {@code hosts} tells it where a party is hosted.
 * See {@link Visibility} for what each may read.
 */
public final class Viewer {
    private final Party party;
    private final Org operatorOf;
    private final Function<String, Optional<Org>> hosts;
    private final Map<String, Optional<Org>> hostCache = new HashMap<>();

    private Viewer(Party party, Org operatorOf, Function<String, Optional<Org>> hosts) {
        this.party = party;
        this.operatorOf = operatorOf;
        this.hosts = hosts;
    }

    public static Viewer party(Party party) {
        return new Viewer(Objects.requireNonNull(party), null, id -> Optional.empty());
    }

    /** The operator of {@code org}; {@code hosts} answers where a party is hosted (empty: no such party). */
    public static Viewer operator(Org org, Function<String, Optional<Org>> hosts) {
        return new Viewer(null, Objects.requireNonNull(org), Objects.requireNonNull(hosts));
    }

    /** The reading party, empty for an operator. */
    public Optional<Party> party() {
        return Optional.ofNullable(party);
    }

    public boolean isOperator() {
        return operatorOf != null;
    }

    /** Auditors read everything. */
    public boolean seesAll() {
        return party != null && party.hasRole(PartyRole.AUDITOR);
    }

    /** A party holding {@code role}; an operator holds none. */
    public boolean has(PartyRole role) {
        return party != null && party.hasRole(role);
    }

    /** The reading party is {@code partyId} itself. */
    public boolean is(String partyId) {
        return party != null && party.id().equals(partyId);
    }

    /** The party itself, or the operator of the organisation hosting it. */
    public boolean speaksFor(String partyId) {
        if (partyId == null) {
            return false;
        }
        return is(partyId) || (operatorOf != null && hostOf(partyId).filter(operatorOf::equals).isPresent());
    }

    /** The operator of {@code org}. */
    public boolean isOperatorOf(Org org) {
        return operatorOf != null && operatorOf == org;
    }

    private Optional<Org> hostOf(String partyId) {
        return hostCache.computeIfAbsent(partyId, hosts);
    }

    @Override
    public String toString() {
        return party != null ? "party " + party.id() : "operator of " + operatorOf.mspId();
    }
}
