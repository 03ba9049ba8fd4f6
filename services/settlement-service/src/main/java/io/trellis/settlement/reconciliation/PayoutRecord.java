package io.trellis.settlement.reconciliation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A payout as reconciliation sees it: instructed (from the ledger), confirmed (by the bank, on the ledger) or both. */
@Entity
@Table(name = "payout")
public class PayoutRecord extends PanacheEntityBase {
    @Id
    @Column(name = "payout_id")
    public String payoutId;
    @Column(name = "payment_id")
    public String paymentId;
    @Column(name = "bank_id")
    public String bankId;
    @Column(name = "voucher_id")
    public String voucherId;
    @Column(name = "payee_id")
    public String payeeId;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "amount_minor")
    public Long amountMinor;
    public String currency;
    @Column(name = "instructed_on")
    public LocalDate instructedOn;
    @Column(name = "instructed_tx")
    public String instructedTx;
    @Column(name = "bank_reference")
    public String bankReference;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "confirmed_tx")
    public String confirmedTx;

    /** The row of {@code payoutId}, created empty if neither its instruction nor its confirmation was seen yet. */
    static PayoutRecord of(String payoutId) {
        PayoutRecord found = findById(payoutId);
        if (found != null) {
            return found;
        }
        PayoutRecord created = new PayoutRecord();
        created.payoutId = payoutId;
        created.persist();
        return created;
    }

    boolean instructed() {
        return instructedTx != null;
    }

    boolean confirmed() {
        return confirmedTx != null;
    }
}
