package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A tranche: its terms from the structure, its units once subscription closed, and what it is still owed after the
 * last payment date. Stamped by the last event that changed it.
 */
@Entity
@Table(name = "abs_tranche")
public class TrancheRow extends LedgerRow {

    @Column(name = "tranche_class", nullable = false)
    public String trancheClass;

    /** The tranche's rank, most senior first (the enum's order). */
    @Column(nullable = false)
    public int seniority;

    @Column(name = "principal_minor", nullable = false)
    public long principalMinor;

    @Column(name = "coupon_bp", nullable = false)
    public int couponBp;

    @Column(name = "offered_units")
    public Long offeredUnits;

    @Column(name = "subscribed_units")
    public Long subscribedUnits;

    @Column(name = "outstanding_principal_minor", nullable = false)
    public long outstandingPrincipalMinor;

    @Column(name = "interest_arrears_minor", nullable = false)
    public long interestArrearsMinor;

    static TrancheRow of(String poolId, TrancheTerms terms, LedgerEventMessage message) {
        TrancheRow row = new TrancheRow();
        row.stamp(poolId, message);
        row.trancheClass = terms.trancheClass().name();
        row.seniority = terms.trancheClass().ordinal();
        row.principalMinor = terms.principal().minor();
        row.couponBp = terms.couponBp();
        row.outstandingPrincipalMinor = terms.principal().minor();
        return row;
    }

    public TrancheClass tranche() {
        return TrancheClass.valueOf(trancheClass);
    }

    public long units() {
        return principalMinor / TrancheTerms.UNIT_MINOR;
    }
}
