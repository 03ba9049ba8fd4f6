package io.trellis.scf.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.chaincode.api.settlement.Payout;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One voucher's share of a payment, owed to its holder (or its pool); written once, never changed. */
@Entity
@Table(name = "payout")
public class PayoutView extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "holder_id", nullable = false)
    public String holderId;

    @Column(name = "pool_id")
    public String poolId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Embeddable
    public record Key(@Column(name = "payment_id") String paymentId, @Column(name = "voucher_id") String voucherId)
            implements Serializable {
    }

    static PayoutView of(String paymentId, Payout payout) {
        PayoutView view = new PayoutView();
        view.key = new Key(paymentId, payout.voucherId());
        view.holderId = payout.holderId();
        view.poolId = payout.poolId();
        view.currency = payout.amount().currency();
        view.amountMinor = payout.amount().minor();
        return view;
    }
}
