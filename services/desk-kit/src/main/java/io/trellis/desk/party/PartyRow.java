package io.trellis.desk.party;

import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.stream.Collectors;

/**
 * What every desk knows of a registered party: who it is and which organisation hosts it, the base of each
 * service's own party entity (its table made by the service's Flyway). That entity must be named {@value #ENTITY}:
 * the kit's queries ({@link io.trellis.desk.security.VisibleRows}, {@link PartyViewHosts}) name it.
 */
@MappedSuperclass
public abstract class PartyRow extends ProjectedRow {
    /** The entity name of the service's party read model. */
    public static final String ENTITY = "PartyView";

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** Roles, comma-separated in the ledger's order. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "msp_id", nullable = false)
    public String mspId;

    /** Takes the party's id, name, roles and hosting organisation as registered. */
    public void copyRegistration(Party party) {
        id = party.id();
        name = party.name();
        roles = party.roles().stream().map(PartyRole::name).collect(Collectors.joining(","));
        mspId = party.org().mspId();
    }
}
