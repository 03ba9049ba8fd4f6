package io.trellis.scf.party;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.security.PartyHosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Where a party is hosted, from the party read model. */
@ApplicationScoped
public class PartyReadModelHosts implements PartyHosts {

    @Override
    public Optional<Org> hostOf(String partyId) {
        return PartyView.hostOf(partyId);
    }
}
