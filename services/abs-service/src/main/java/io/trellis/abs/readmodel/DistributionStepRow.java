package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.WaterfallStep;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What one waterfall step paid on a payment date; {@code position} is the order the step ran in. */
@Entity
@Table(name = "abs_distribution_step")
public class DistributionStepRow extends LedgerRow {

    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String step;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    static DistributionStepRow of(String poolId, LocalDate date, int position, StepAmount step,
            LedgerEventMessage message) {
        DistributionStepRow row = new DistributionStepRow();
        row.stamp(poolId, message);
        row.paymentDate = date;
        row.position = position;
        row.step = step.step().name();
        row.amountMinor = step.amount().minor();
        return row;
    }

    public WaterfallStep waterfallStep() {
        return WaterfallStep.valueOf(step);
    }
}
