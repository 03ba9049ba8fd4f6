package io.trellis.scf.party;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Read model of a party, projected from ledger events; queries never touch the ledger. */
@Entity
@Table(name = "party")
public class PartyView extends ProjectedRow {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** Roles, comma-separated in the ledger's sorted order. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "msp_id", nullable = false)
    public String mspId;

    @Column(name = "kyc_status", nullable = false)
    public String kycStatus;

    @Column(name = "certificate_id")
    public String certificateId;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** The organisation hosting {@code partyId}; empty for a party the read model does not know. */
    public static Optional<Org> hostOf(String partyId) {
        return PartyView.<PartyView>findByIdOptional(partyId).flatMap(party -> Org.ofMspId(party.mspId));
    }
}
