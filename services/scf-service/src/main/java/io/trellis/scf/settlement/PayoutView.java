package io.trellis.scf.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.settlement.Payout;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One voucher's share of a payment, owed to its holder (or its pool), keyed by its payout id (unique across
 * banks); it belongs to the payment ({@code bankId}, {@code paymentId}). Written once, never changed.
 */
@Entity
@Table(name = "payout")
public class PayoutView extends PanacheEntityBase {

    @Id
    @Column(name = "payout_id")
    public String payoutId;

    @Column(name = "bank_id", nullable = false)
    public String bankId;

    @Column(name = "payment_id", nullable = false)
    public String paymentId;

    @Column(name = "voucher_id", nullable = false)
    public String voucherId;

    @Column(name = "holder_id", nullable = false)
    public String holderId;

    @Column(name = "pool_id")
    public String poolId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    static PayoutView of(PayoutInstructed instructed) {
        Payout payout = instructed.payout();
        PayoutView view = new PayoutView();
        view.payoutId = payout.payoutId();
        view.bankId = instructed.bankId();
        view.paymentId = instructed.paymentId();
        view.voucherId = payout.voucherId();
        view.holderId = payout.holderId();
        view.poolId = payout.poolId();
        view.currency = payout.amount().currency();
        view.amountMinor = payout.amount().minor();
        return view;
    }
}
