package io.trellis.abs.party;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.security.PartyHosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Where a party is hosted, from this service's party table (the desk kit's TokenCaller asks it for operators). */
@ApplicationScoped
public class PartyReadModelHosts implements PartyHosts {

    @Override
    public Optional<Org> hostOf(String partyId) {
        return PartyView.hostOf(partyId);
    }
}
