package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/** An obligor's payment was applied to its vouchers of one maturity; {@code unapplied} goes back to the obligor. */
public record PaymentApplied(String paymentId, String obligorId, LocalDate maturityDate, Money amount, Money applied,
        Money unapplied) implements DomainEvent {

    @Override
    public String aggregateId() {
        return paymentId;
    }
}
