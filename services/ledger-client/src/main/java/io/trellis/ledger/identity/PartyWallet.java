package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;
import java.util.Optional;

/** Where a hosting organisation keeps its parties' identities; keys never leave it. */
public interface PartyWallet {

    /** Keeps {@code identity} as the identity of {@code partyId}; a party has one identity. */
    void put(String partyId, FabricIdentity identity);

    Optional<FabricIdentity> find(String partyId);
}
