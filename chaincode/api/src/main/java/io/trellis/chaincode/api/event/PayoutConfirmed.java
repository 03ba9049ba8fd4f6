package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.Money;
import java.time.Instant;

/** The posting bank reported a payout paid: the end of a payout instruction's life. */
public record PayoutConfirmed(String payoutId, String paymentId, String bankId, String voucherId, String holderId,
        String poolId, Money amount, String bankReference, Instant confirmedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return payoutId;
    }
}
