package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * An obligor's payment was applied to its vouchers of one maturity; {@code unapplied} goes back to the obligor.
 *
 * @param paymentId the payment, unique within {@code bankId} (the same id at two banks is two payments)
 * @param bankId    the bank that posted the payment
 */
public record PaymentApplied(String paymentId, String bankId, String obligorId, LocalDate maturityDate, Money amount,
        Money applied, Money unapplied) implements DomainEvent {

    @Override
    public String aggregateId() {
        return paymentId;
    }
}
