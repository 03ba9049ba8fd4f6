package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A payment date's servicer report as the ledger anchored it; its steps and balances are rows of their own. */
@Entity
@Table(name = "abs_distribution")
public class DistributionRow extends LedgerRow {

    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "collected_minor", nullable = false)
    public long collectedMinor;

    @Column(name = "carried_in_minor", nullable = false)
    public long carriedInMinor;

    @Column(name = "defaulted_principal_minor", nullable = false)
    public long defaultedPrincipalMinor;

    @Column(name = "trigger_hit", nullable = false)
    public boolean triggerHit;

    @Column(name = "fee_arrears_minor", nullable = false)
    public long feeArrearsMinor;

    @Column(name = "carried_out_minor", nullable = false)
    public long carriedOutMinor;

    @Column(name = "document_hash", nullable = false)
    public String documentHash;

    static DistributionRow of(String poolId, ServicerReport report, LedgerEventMessage message) {
        DistributionRow row = new DistributionRow();
        row.stamp(poolId, message);
        row.paymentDate = report.paymentDate();
        row.periodStart = report.periodStart();
        row.collectedMinor = report.collected().minor();
        row.carriedInMinor = report.carriedIn().minor();
        row.defaultedPrincipalMinor = report.defaultedPrincipal().minor();
        row.triggerHit = report.triggerHit();
        row.feeArrearsMinor = report.feeArrears().minor();
        row.carriedOutMinor = report.carriedOut().minor();
        row.documentHash = report.documentHash();
        return row;
    }
}
