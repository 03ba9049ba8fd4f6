package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One payout instructed to an investor on a payment date. {@code position} is the event's index in its transaction,
 * which is the waterfall's order: steps in the order run, investors by id within a step.
 */
@Entity
@Table(name = "abs_payout")
public class PayoutRow extends LedgerRow {

    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;

    @Column(name = "investor_id", nullable = false)
    public String investorId;

    @Column(name = "tranche_class", nullable = false)
    public String trancheClass;

    @Column(nullable = false)
    public String kind;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public int position;

    static PayoutRow of(InvestorPayout payout, LedgerEventMessage message) {
        PayoutRow row = new PayoutRow();
        row.stamp(payout.poolId(), message);
        row.paymentDate = payout.paymentDate();
        row.investorId = payout.payout().investorId();
        row.trancheClass = payout.payout().trancheClass().name();
        row.kind = payout.payout().kind().name();
        row.amountMinor = payout.payout().amount().minor();
        row.position = message.index();
        return row;
    }

    public TrancheClass tranche() {
        return TrancheClass.valueOf(trancheClass);
    }

    public PayoutKind payoutKind() {
        return PayoutKind.valueOf(kind);
    }
}
