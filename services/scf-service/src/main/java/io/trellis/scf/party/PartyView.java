package io.trellis.scf.party;

import io.trellis.desk.party.PartyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Read model of a party, projected from ledger events; queries never touch the ledger. */
@Entity(name = PartyRow.ENTITY)
@Table(name = "party")
public class PartyView extends PartyRow {

    @Column(name = "kyc_status", nullable = false)
    public String kycStatus;

    @Column(name = "certificate_id")
    public String certificateId;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
