package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A voucher in a pool, as it was when added; its status now is in {@link PooledVoucherRow}. */
@Entity
@Table(name = "abs_pool_asset")
public class PoolAssetRow extends LedgerRow {

    @Column(name = "voucher_id", nullable = false)
    public String voucherId;

    @Column(name = "obligor_id", nullable = false)
    public String obligorId;

    @Column(name = "principal_minor", nullable = false)
    public long principalMinor;

    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(name = "added_on", nullable = false)
    public LocalDate addedOn;

    static PoolAssetRow of(PoolEntry entry, LedgerEventMessage message) {
        PoolAssetRow row = new PoolAssetRow();
        row.stamp(entry.poolId(), message);
        row.voucherId = entry.voucherId();
        row.obligorId = entry.obligorId();
        row.principalMinor = entry.principal().minor();
        row.maturityDate = entry.maturity();
        row.addedOn = entry.addedOn();
        return row;
    }
}
