package io.trellis.abs.stress;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds up what paths did to each tranche, exactly: integer sums, a maximum and a minimum, so tallies of any split
 * of the paths merge to the same totals whatever the number of threads. Rounds only in {@link #result}.
 */
final class StressTally {
    private static final int NONE = Integer.MAX_VALUE;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigInteger WHOLE = BigInteger.valueOf(BasisPoints.WHOLE);

    private final BigInteger[] lossSum;
    private final int[] pathsWithLoss;
    private final long[] worstLoss;
    private final int[] firstShortfall;
    /** Principal repaid, per tranche and payment date, over all paths. */
    private final BigInteger[][] repaid;
    private int paths;
    private int pathsWithTrigger;

    StressTally(int tranches, int dates) {
        lossSum = new BigInteger[tranches];
        Arrays.fill(lossSum, BigInteger.ZERO);
        pathsWithLoss = new int[tranches];
        worstLoss = new long[tranches];
        firstShortfall = new int[tranches];
        Arrays.fill(firstShortfall, NONE);
        repaid = new BigInteger[tranches][dates];
        for (BigInteger[] row : repaid) {
            Arrays.fill(row, BigInteger.ZERO);
        }
    }

    void repaid(int tranche, int date, long principal) {
        if (principal != 0) {
            repaid[tranche][date] = repaid[tranche][date].add(BigInteger.valueOf(principal));
        }
    }

    void shortfall(int tranche, int date) {
        firstShortfall[tranche] = Math.min(firstShortfall[tranche], date);
    }

    void loss(int tranche, long loss) {
        if (loss > 0) {
            lossSum[tranche] = lossSum[tranche].add(BigInteger.valueOf(loss));
            pathsWithLoss[tranche]++;
            worstLoss[tranche] = Math.max(worstLoss[tranche], loss);
        }
    }

    void pathDone(boolean triggerHit) {
        paths++;
        if (triggerHit) {
            pathsWithTrigger++;
        }
    }

    StressTally merge(StressTally other) {
        for (int t = 0; t < lossSum.length; t++) {
            lossSum[t] = lossSum[t].add(other.lossSum[t]);
            pathsWithLoss[t] += other.pathsWithLoss[t];
            worstLoss[t] = Math.max(worstLoss[t], other.worstLoss[t]);
            firstShortfall[t] = Math.min(firstShortfall[t], other.firstShortfall[t]);
            for (int i = 0; i < repaid[t].length; i++) {
                repaid[t][i] = repaid[t][i].add(other.repaid[t][i]);
            }
        }
        paths += other.paths;
        pathsWithTrigger += other.pathsWithTrigger;
        return this;
    }

    StressResult result(DealStructure structure, PaymentSchedule schedule, long seed) {
        List<TrancheStress> tranches = new ArrayList<>();
        BigInteger pathCount = BigInteger.valueOf(paths);
        for (int t = 0; t < lossSum.length; t++) {
            TrancheTerms terms = structure.tranches().get(t);
            BigInteger principal = BigInteger.valueOf(terms.principal().minor());
            boolean shortfall = firstShortfall[t] != NONE;
            tranches.add(new TrancheStress(terms.trancheClass(), terms.principal(),
                    ratio(lossSum[t], pathCount, 2),
                    ratio(lossSum[t].multiply(WHOLE), pathCount.multiply(principal), 2),
                    pathsWithLoss[t],
                    ratio(BigInteger.valueOf(pathsWithLoss[t]).multiply(WHOLE), pathCount, 2),
                    Money.of(worstLoss[t], structure.currency()),
                    shortfall ? firstShortfall[t] + 1 : null,
                    shortfall ? schedule.date(firstShortfall[t]) : null,
                    weightedAverageLife(repaid[t], schedule)));
        }
        return new StressResult(paths, seed, pathsWithTrigger, tranches);
    }

    /** Sum of principal x days from issue over sum of principal, in years of 365 days; null if nothing was repaid. */
    private static BigDecimal weightedAverageLife(BigInteger[] repaid, PaymentSchedule schedule) {
        BigInteger weighted = BigInteger.ZERO;
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < repaid.length; i++) {
            weighted = weighted.add(repaid[i].multiply(BigInteger.valueOf(schedule.daysFromIssue(i))));
            total = total.add(repaid[i]);
        }
        if (total.signum() == 0) {
            return null;
        }
        return new BigDecimal(weighted).divide(new BigDecimal(total).multiply(DAYS_PER_YEAR), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigInteger numerator, BigInteger denominator, int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }
}
