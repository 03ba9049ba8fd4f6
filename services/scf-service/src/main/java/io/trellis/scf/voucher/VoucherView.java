package io.trellis.scf.voucher;

import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Formula;

/** Read model of a credit voucher, projected from ledger events. */
@Entity
@Table(name = "voucher")
public class VoucherView extends ProjectedRow {

    @Id
    public String id;

    @Column(name = "root_id", nullable = false)
    public String rootId;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "obligor_id", nullable = false)
    public String obligorId;

    @Column(name = "holder_id", nullable = false)
    public String holderId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "outstanding_minor", nullable = false)
    public long outstandingMinor;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(nullable = false)
    public int tier;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The ABS pool that holds it (or held it when it was paid), else null; read from voucher_pool. */
    @Formula("(select max(p.pool_id) from voucher_pool p where p.voucher_id = id)")
    public String poolId;

    static VoucherView of(Voucher voucher, LedgerEventMessage message) {
        VoucherView view = new VoucherView();
        view.id = voucher.id();
        view.rootId = voucher.rootId();
        view.parentId = voucher.parentId();
        view.obligorId = voucher.obligorId();
        view.holderId = voucher.holderId();
        view.currency = voucher.amount().currency();
        view.amountMinor = voucher.amount().minor();
        view.outstandingMinor = voucher.outstanding().minor();
        view.issueDate = voucher.issueDate();
        view.maturityDate = voucher.maturityDate();
        view.tier = voucher.tier();
        view.status = voucher.status().name();
        view.createdAt = OffsetDateTime.parse(voucher.createdAt());
        view.stamp(message, voucher.version());
        return view;
    }
}
