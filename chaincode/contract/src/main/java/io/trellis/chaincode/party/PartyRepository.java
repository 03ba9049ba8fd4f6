package io.trellis.chaincode.party;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where parties live in world state: {@code party/<id>}, and an index {@code party-identity/<msp>/<cert id>}
 * that maps a Fabric identity to its party, so one identity can never act for two parties.
 */
public final class PartyRepository {
    static final String PARTY = "party";
    static final String IDENTITY = "party-identity";

    private final StateStore state;
    private final KeyedRecords<Party> parties;

    public PartyRepository(StateStore state) {
        this.state = state;
        this.parties = new KeyedRecords<>(state, PARTY, Party.class, ErrorCode.PARTY_NOT_FOUND, "party");
    }

    public Optional<Party> find(String id) {
        return parties.find(id);
    }

    public Party get(String id) {
        return parties.get(id);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public Party get(String id, Predicate<? super Party> visible) {
        return parties.get(visible, id);
    }

    /** A counterparty named in a request: it must exist and be a KYC-approved holder of {@code role}. */
    public Party eligible(String id, PartyRole role) {
        PartyRules.requirePartyId(id);
        return PartyRules.requireEligible(get(id), role);
    }

    public boolean exists(String id) {
        return parties.exists(id);
    }

    public Optional<String> partyIdOf(PartyIdentity identity) {
        return state.get(identityKey(identity), String.class);
    }

    /** Stores the party and, on first save, its identity index entry. */
    public void save(Party party) {
        parties.save(party, party.id());
        if (party.identity() != null) {
            state.put(identityKey(party.identity()), party.id());
        }
    }

    public Page<Party> list(PageRequest page) {
        return parties.page(page);
    }

    private String identityKey(PartyIdentity identity) {
        return state.key(IDENTITY, identity.mspId(), identity.certificateId());
    }
}
