package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An agency's grade for one tranche, as recorded last. */
@Entity
@Table(name = "abs_rating")
public class RatingRow extends LedgerRow {

    @Column(name = "tranche_class", nullable = false)
    public String trancheClass;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(nullable = false)
    public String grade;

    void record(String poolId, TrancheRating rating, LedgerEventMessage message) {
        stamp(poolId, message);
        trancheClass = rating.trancheClass().name();
        agencyId = rating.agencyId();
        grade = rating.grade();
    }
}
