package io.trellis.abs.stress;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.TrancheClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tranche's answer over all paths. A path's loss is what the tranche was owed and never paid: principal still
 * outstanding plus interest still in arrears after the last payment date. See docs/abs.md, "Stress test".
 *
 * @param trancheClass             the tranche
 * @param principal                its face amount
 * @param expectedLossMinor        mean loss per path in minor units, 2 decimals, half-up
 * @param expectedLossBp           mean loss as basis points of principal, 2 decimals, half-up
 * @param pathsWithLoss            paths on which the tranche lost anything
 * @param lossProbabilityBp        pathsWithLoss as basis points of all paths, 2 decimals, half-up
 * @param worstLoss                the largest loss of any path
 * @param firstShortfallPeriod     1-based number of the earliest payment date at which any path had a shortfall
 *                                 (interest paid below the interest due, or principal unpaid at the last
 *                                 payment date); null when no path had one
 * @param firstShortfallDate       that payment date; null when no path had one
 * @param weightedAverageLifeYears principal-weighted average time from issue to repayment, actual/365, of all
 *                                 principal repaid on all paths; 4 decimals, half-up; null when none was repaid
 */
public record TrancheStress(
        TrancheClass trancheClass,
        Money principal,
        BigDecimal expectedLossMinor,
        BigDecimal expectedLossBp,
        int pathsWithLoss,
        BigDecimal lossProbabilityBp,
        Money worstLoss,
        Integer firstShortfallPeriod,
        LocalDate firstShortfallDate,
        BigDecimal weightedAverageLifeYears) {
}
