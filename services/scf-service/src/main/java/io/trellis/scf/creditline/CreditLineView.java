package io.trellis.scf.creditline;

import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Read model of a credit line, with its use summed from the line's use and release events; limit and status as the
 * newest grant or change (reduction, revocation) left them.
 */
@Entity
@Table(name = "credit_line")
public class CreditLineView extends ProjectedRow {

    @Id
    public String id;

    @Column(name = "financier_id", nullable = false)
    public String financierId;

    @Column(name = "obligor_id", nullable = false)
    public String obligorId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "limit_minor", nullable = false)
    public long limitMinor;

    @Column(nullable = false)
    public String status;

    @Column(name = "used_minor", nullable = false)
    public long usedMinor;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    static CreditLineView of(CreditLine line, LedgerEventMessage message) {
        CreditLineView view = new CreditLineView();
        view.id = line.id();
        view.financierId = line.financierId();
        view.obligorId = line.obligorId();
        view.currency = line.limit().currency();
        view.takeTerms(line);
        view.grantedAt = OffsetDateTime.parse(line.grantedAt());
        view.stamp(message, line.version());
        return view;
    }

    /** Takes the line's limit and status as the ledger now has them (a reduction or revocation changes both). */
    void takeTerms(CreditLine line) {
        limitMinor = line.limit().minor();
        status = line.status().name();
    }
}
