package io.trellis.scf.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Read model of an obligor's payment as settlement applied it; written once, never changed. */
@Entity
@Table(name = "settlement")
public class SettlementView extends PanacheEntityBase {

    @Id
    @Column(name = "payment_id")
    public String paymentId;

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

    static SettlementView of(PaymentApplied payment, LedgerEventMessage message) {
        SettlementView view = new SettlementView();
        view.paymentId = payment.paymentId();
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
