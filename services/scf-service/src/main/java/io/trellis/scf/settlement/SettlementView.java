package io.trellis.scf.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Read model of an obligor's payment as settlement applied it, keyed like the ledger's
 * {@code settlement/<bankId>/<paymentId>}: payment ids are each bank's own. Written once, never changed.
 */
@Entity
@Table(name = "settlement")
public class SettlementView extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "obligor_id", nullable = false)
    public String obligorId;

    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "applied_minor", nullable = false)
    public long appliedMinor;

    @Column(name = "unapplied_minor", nullable = false)
    public long unappliedMinor;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "block_number", nullable = false)
    public long blockNumber;

    /** A payment: the bank that posted it and that bank's own payment id. */
    @Embeddable
    public record Key(@Column(name = "bank_id") String bankId, @Column(name = "payment_id") String paymentId)
            implements Serializable {
    }

    static SettlementView of(PaymentApplied payment, LedgerEventMessage message) {
        SettlementView view = new SettlementView();
        view.key = new Key(payment.bankId(), payment.paymentId());
        view.obligorId = payment.obligorId();
        view.maturityDate = payment.maturityDate();
        view.currency = payment.amount().currency();
        view.amountMinor = payment.amount().minor();
        view.appliedMinor = payment.applied().minor();
        view.unappliedMinor = payment.unapplied().minor();
        view.transactionId = message.transactionId();
        view.blockNumber = message.blockNumber();
        return view;
    }
}
