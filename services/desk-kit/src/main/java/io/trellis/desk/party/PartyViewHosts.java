package io.trellis.desk.party;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.security.PartyHosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Where a party is hosted, from the service's party read model ({@link PartyRow}). */
@ApplicationScoped
public class PartyViewHosts implements PartyHosts {
    private final EntityManager entities;

    PartyViewHosts(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Optional<Org> hostOf(String partyId) {
        return entities.createQuery("select party.mspId from " + PartyRow.ENTITY + " party where party.id = :id",
                        String.class)
                .setParameter("id", partyId)
                .getResultStream().findFirst().flatMap(Org::ofMspId);
    }
}
