package io.trellis.abs.readmodel;

import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The status now of a voucher that has been pooled: the see-through from a pool to its assets. Kept from the
 * voucher's move to POOLED on, by the voucher's own events (overdue, paid, settled, taken back out of the pool).
 */
@Entity
@Table(name = "abs_voucher")
public class PooledVoucherRow extends ProjectedRow {

    @Id
    public String id;

    @Column(nullable = false)
    public String status;

    /** What it still owes, once a payment was seen; null until then (it owes its principal at pooling). */
    @Column(name = "outstanding_minor")
    public Long outstandingMinor;
}
