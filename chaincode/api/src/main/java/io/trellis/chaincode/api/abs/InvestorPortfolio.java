package io.trellis.chaincode.api.abs;

import java.util.List;

/** An investor's holdings and every payout instructed to it, by deal and payment date. */
public record InvestorPortfolio(String investorId, List<PoolHolding> holdings, List<InvestorPayout> payouts) {

    public InvestorPortfolio {
        holdings = List.copyOf(holdings);
        payouts = List.copyOf(payouts);
    }
}
