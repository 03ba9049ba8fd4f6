package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What a tranche was still owed after a payment date, as its servicer report says. */
@Entity
@Table(name = "abs_tranche_balance")
public class TrancheBalanceRow extends LedgerRow {

    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;

    @Column(name = "tranche_class", nullable = false)
    public String trancheClass;

    @Column(nullable = false)
    public int seniority;

    @Column(name = "outstanding_principal_minor", nullable = false)
    public long outstandingPrincipalMinor;

    @Column(name = "interest_arrears_minor", nullable = false)
    public long interestArrearsMinor;

    static TrancheBalanceRow of(String poolId, LocalDate date, TrancheBalance balance, LedgerEventMessage message) {
        TrancheBalanceRow row = new TrancheBalanceRow();
        row.stamp(poolId, message);
        row.paymentDate = date;
        row.trancheClass = balance.trancheClass().name();
        row.seniority = balance.trancheClass().ordinal();
        row.outstandingPrincipalMinor = balance.outstandingPrincipal().minor();
        row.interestArrearsMinor = balance.interestArrears().minor();
        return row;
    }

    public TrancheClass tranche() {
        return TrancheClass.valueOf(trancheClass);
    }
}
