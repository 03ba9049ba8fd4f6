package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment date as the ledger ran it: the servicer report's figures, the steps in the order they ran, each
 * tranche's balance after the date, and the payouts the reader may see; all from transaction {@code transactionId}.
 */
public record DistributionDto(String poolId, LocalDate paymentDate, LocalDate periodStart, Money collected,
        Money carriedIn, Money defaultedPrincipal, boolean triggerHit, List<Step> steps, List<Balance> tranches,
        Money feeArrears, Money carriedOut, String documentHash, List<Payout> payouts, String transactionId,
        long blockNumber) {

    public record Step(String step, Money amount) {
    }

    public record Balance(String trancheClass, Money outstandingPrincipal, Money interestArrears) {
    }

    public record Payout(String investorId, String trancheClass, String kind, Money amount, String transactionId,
            long blockNumber) {
    }
}
