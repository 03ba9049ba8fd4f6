package io.trellis.desk.security;

import io.trellis.chaincode.api.Org;
import java.util.Optional;

/**
 * Where a party is hosted, as the service's own read model knows it: an operator speaks for the parties of its
 * organisation only. The kit's bean reads the service's party entity ({@link io.trellis.desk.party.PartyViewHosts}).
 */
public interface PartyHosts {

    /** The organisation hosting {@code partyId}; empty for a party the service does not know. */
    Optional<Org> hostOf(String partyId);
}
