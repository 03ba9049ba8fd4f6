package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A deal as the API lists it: parties, pool, criteria, status, structure (null fields until structured), tranches
 * and the trigger state as of the last payment date; the transactions that created it, set its structure last and
 * changed it last.
 */
public record DealSummary(String poolId, String managerId, String originatorId, String status, Money poolPrincipal,
        int assetCount, LocalDate cutOffDate, int minDaysToMaturity, int maxDaysToMaturity,
        int maxObligorConcentrationBp, List<String> requiredAttestations, LocalDate issueDate,
        List<LocalDate> paymentDates, Money feesPerPaymentDate, Integer defaultTriggerBp, List<TrancheDto> tranches,
        boolean triggerHit, Money defaultedPrincipal, LocalDate lastPaymentDate, OffsetDateTime createdAt,
        String transactionId, long blockNumber, String structuredTransactionId, Long structuredBlockNumber,
        String lastTransactionId, long lastBlockNumber) {

    static DealSummary of(DealRow deal, List<TrancheRow> tranches) {
        return new DealSummary(deal.poolId, deal.managerId, deal.originatorId, deal.status,
                deal.money(deal.poolPrincipalMinor), deal.assetCount, deal.cutOffDate, deal.minDaysToMaturity,
                deal.maxDaysToMaturity, deal.maxObligorConcentrationBp, deal.requiredKinds(), deal.issueDate,
                deal.schedule(), deal.feesPerDateMinor == null ? null : deal.money(deal.feesPerDateMinor),
                deal.defaultTriggerBp, tranches.stream().map(t -> TrancheDto.of(t, deal.currency)).toList(),
                deal.triggerHit, deal.money(deal.defaultedPrincipalMinor), deal.lastPaymentDate, deal.createdAt,
                deal.transactionId, deal.blockNumber, deal.structuredTransactionId, deal.structuredBlockNumber,
                deal.lastTransactionId, deal.lastBlockNumber);
    }
}
