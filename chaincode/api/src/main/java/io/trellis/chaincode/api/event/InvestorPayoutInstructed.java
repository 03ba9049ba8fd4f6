package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.InvestorPayout;

/** Pay an investor its share of a payment date: what the settlement-service forwards to the banks. */
public record InvestorPayoutInstructed(InvestorPayout payout) implements DomainEvent {

    @Override
    public String aggregateId() {
        return payout.poolId();
    }
}
