package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.List;

/**
 * Payment dates as the ledger ran them: the servicer report's figures, each tranche's balance after the date, the
 * trigger state, and each investor's payouts. Nothing here is computed: every figure is the ledger's.
 */
final class Distributions {

    private Distributions() {
    }

    static void reported(DealRow deal, ServicerReport report, LedgerEventMessage message) {
        DistributionRow.of(deal.poolId, report, message).persist();
        List<StepAmount> steps = report.steps();
        for (int position = 0; position < steps.size(); position++) {
            DistributionStepRow.of(deal.poolId, report.paymentDate(), position, steps.get(position), message).persist();
        }
        for (TrancheBalance balance : report.tranches()) {
            TrancheBalanceRow.of(deal.poolId, report.paymentDate(), balance, message).persist();
            TrancheRow tranche = DealTerms.tranche(deal.poolId, balance.trancheClass());
            if (tranche != null) {
                tranche.stamp(deal.poolId, message);
                tranche.outstandingPrincipalMinor = balance.outstandingPrincipal().minor();
                tranche.interestArrearsMinor = balance.interestArrears().minor();
            }
        }
        deal.triggerHit = report.triggerHit();
        deal.defaultedPrincipalMinor = report.defaultedPrincipal().minor();
        deal.lastPaymentDate = report.paymentDate();
    }

    static void instructed(InvestorPayout payout, LedgerEventMessage message) {
        PayoutRow.of(payout, message).persist();
    }
}
