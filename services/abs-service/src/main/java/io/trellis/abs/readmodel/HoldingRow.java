package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Units of one tranche an investor holds since issuance. */
@Entity
@Table(name = "abs_holding")
public class HoldingRow extends LedgerRow {

    @Column(name = "investor_id", nullable = false)
    public String investorId;

    @Column(name = "tranche_class", nullable = false)
    public String trancheClass;

    @Column(nullable = false)
    public int seniority;

    @Column(nullable = false)
    public long units;

    static HoldingRow of(String poolId, Holding holding, LedgerEventMessage message) {
        HoldingRow row = new HoldingRow();
        row.stamp(poolId, message);
        row.investorId = holding.investorId();
        row.trancheClass = holding.trancheClass().name();
        row.seniority = holding.trancheClass().ordinal();
        row.units = holding.units();
        return row;
    }

    public TrancheClass tranche() {
        return TrancheClass.valueOf(trancheClass);
    }
}
