package io.trellis.abs.party;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A party as this service needs to know it: where it is hosted (and its name and roles for the desk's answers).
 * The entity name is the one the desk kit's {@link io.trellis.desk.security.VisibleRows} queries.
 */
@Entity
@Table(name = "party")
public class PartyView extends ProjectedRow {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** Roles, comma-separated in the ledger's order. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "msp_id", nullable = false)
    public String mspId;

    /** The organisation hosting {@code partyId}; empty for a party this service has not seen registered. */
    public static Optional<Org> hostOf(String partyId) {
        return PartyView.<PartyView>findByIdOptional(partyId).flatMap(party -> Org.ofMspId(party.mspId));
    }
}
