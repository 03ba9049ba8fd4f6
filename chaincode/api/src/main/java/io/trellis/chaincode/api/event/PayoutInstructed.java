package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.settlement.Payout;
import java.time.LocalDate;

/**
 * Pay a voucher's share of a payment to its holder (or its pool): the settlement-service forwards it to the banks.
 *
 * @param paymentId the payment, unique within {@code bankId}
 * @param bankId    the bank that received the payment and pays out
 * @param settledOn the business date of the settlement
 * @param payout    what to pay to whom
 */
public record PayoutInstructed(String paymentId, String bankId, LocalDate settledOn, Payout payout) implements DomainEvent {

    @Override
    public String aggregateId() {
        return payout.voucherId();
    }
}
