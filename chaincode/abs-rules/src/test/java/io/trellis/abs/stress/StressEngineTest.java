package io.trellis.abs.stress;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.stress.StressFixtures.certainDefaults;
import static io.trellis.abs.stress.StressFixtures.everyone;
import static io.trellis.abs.stress.StressFixtures.examplePool;
import static io.trellis.abs.stress.StressFixtures.sweepOnly;
import static io.trellis.abs.stress.StressFixtures.triggerDeal;
import static io.trellis.abs.stress.StressFixtures.twoDates;
import static io.trellis.chaincode.api.abs.TrancheClass.MEZZANINE;
import static io.trellis.chaincode.api.abs.TrancheClass.SENIOR;
import static io.trellis.chaincode.api.abs.TrancheClass.SUBORDINATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.abs.TrancheClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stress test runs the chaincode's waterfall over default paths; every figure below is worked by hand. */
class StressEngineTest {
    private static final StressEngine ONE_THREAD = new StressEngine(1);

    private static TrancheStress tranche(StressResult result, TrancheClass trancheClass) {
        return result.tranches().stream().filter(t -> t.trancheClass() == trancheClass).findFirst().orElseThrow();
    }

    /**
     * Senior: 2026-04-01 interest 80,000,000 x 90 / 10,000 = 720,000, principal 40,000,000 - 720,000 =
     * 39,280,000; 2026-07-01 interest 40,720,000 x 91 / 10,000 = 370,552, principal 40,720,000. WAL
     * (39,280,000 x 90 + 40,720,000 x 181) / (80,000,000 x 365) = 0.37347... Subordinated repaid on 2026-07-01:
     * 181 / 365 = 0.49589...
     */
    @Test
    void withoutDefaultsNoTrancheLosesAndTheAverageLifeIsTheRepaymentSchedules() {
        StressResult result = ONE_THREAD.run(twoDates(everyone(0, 0, 0, 50, 9L)));

        assertThat(result.paths()).isEqualTo(50);
        assertThat(result.seed()).isEqualTo(9L);
        assertThat(result.pathsWithTrigger()).isZero();
        for (TrancheStress tranche : result.tranches()) {
            assertThat(tranche.expectedLossMinor()).isEqualByComparingTo("0");
            assertThat(tranche.pathsWithLoss()).isZero();
            assertThat(tranche.worstLoss()).isEqualTo(cny(0));
            assertThat(tranche.firstShortfallPeriod()).isNull();
            assertThat(tranche.firstShortfallDate()).isNull();
        }
        assertThat(tranche(result, SENIOR).weightedAverageLifeYears()).isEqualTo(new BigDecimal("0.3735"));
        assertThat(tranche(result, SUBORDINATED).weightedAverageLifeYears()).isEqualTo(new BigDecimal("0.4959"));
    }

    /** Obligor A's 150,000.00 lost: the subordinated tranche (200,000.00) takes it all, the others nothing. */
    @Test
    void aLossSmallerThanTheSubordinatedTrancheFallsOnItAlone() {
        StressResult result = ONE_THREAD.run(sweepOnly(certainDefaults(10, "A")));

        TrancheStress subordinated = tranche(result, SUBORDINATED);
        assertThat(subordinated.expectedLossMinor()).isEqualTo(new BigDecimal("15000000.00"));
        assertThat(subordinated.expectedLossBp()).isEqualTo(new BigDecimal("7500.00"));
        assertThat(subordinated.pathsWithLoss()).isEqualTo(10);
        assertThat(subordinated.lossProbabilityBp()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(subordinated.worstLoss()).isEqualTo(cny(15_000_000));
        assertThat(subordinated.firstShortfallPeriod()).isEqualTo(1);
        assertThat(subordinated.firstShortfallDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(tranche(result, MEZZANINE).worstLoss()).isEqualTo(cny(0));
        assertThat(tranche(result, SENIOR).worstLoss()).isEqualTo(cny(0));
    }

    /** A and B lost (300,000.00): subordinated wiped out (200,000.00), then mezzanine loses half its 200,000.00. */
    @Test
    void aLossBeyondTheSubordinatedTrancheWipesItOutThenHitsMezzanine() {
        StressResult result = ONE_THREAD.run(sweepOnly(certainDefaults(10, "A", "B")));

        assertThat(tranche(result, SUBORDINATED).worstLoss()).isEqualTo(cny(20_000_000));
        assertThat(tranche(result, SUBORDINATED).expectedLossBp()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(tranche(result, MEZZANINE).worstLoss()).isEqualTo(cny(10_000_000));
        assertThat(tranche(result, MEZZANINE).expectedLossMinor()).isEqualTo(new BigDecimal("10000000.00"));
        assertThat(tranche(result, MEZZANINE).expectedLossBp()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(tranche(result, SENIOR).worstLoss()).isEqualTo(cny(0));
        assertThat(tranche(result, SENIOR).weightedAverageLifeYears()).isEqualTo(new BigDecimal("0.2466"));
    }

    @Test
    void everyObligorDefaultingWithNothingRecoveredLosesEveryTrancheInFull() {
        StressResult result = ONE_THREAD.run(sweepOnly(everyone(10_000, 0, 0, 5, 3L)));

        for (TrancheStress tranche : result.tranches()) {
            assertThat(tranche.worstLoss()).isEqualTo(tranche.principal());
            assertThat(tranche.expectedLossBp()).isEqualTo(new BigDecimal("10000.00"));
            assertThat(tranche.weightedAverageLifeYears()).isNull();
        }
    }

    /**
     * A defaults and 60% of its 150,000.00 is recovered: 30 days after its 2026-02-01 maturity the recovery is in
     * time for the only payment date and the subordinated tranche loses the 60,000.00 not recovered; 60 days after
     * (2026-04-02) it comes a day too late and all 150,000.00 is lost.
     */
    @ParameterizedTest
    @CsvSource({"30, 6000000", "60, 15000000"})
    void aRecoveryCountsOnlyIfItIsCollectedByTheLastPaymentDate(int delayDays, long subordinatedLoss) {
        StressScenario aRecovers = new StressScenario(new ObligorAssumptions(0, 0, 0),
                Map.of("A", new ObligorAssumptions(10_000, 6_000, delayDays)), 4, 1L);

        StressResult result = ONE_THREAD.run(sweepOnly(aRecovers));

        assertThat(tranche(result, SUBORDINATED).worstLoss()).isEqualTo(cny(subordinatedLoss));
    }

    /**
     * A's 100,000.00 is 150 days overdue on 2026-07-01: 10% of the pool in default, above a 5% trigger. Collected
     * 400,000.00. Under the trigger senior principal comes before mezzanine interest: senior gets all 400,000.00
     * and mezzanine's 3,620.00 interest (20,000,000 x 181 / 10,000) goes into arrears. Without the trigger
     * mezzanine is paid its interest and senior 396,380.00. On 2026-10-01 (500,000.00 collected) both leave
     * mezzanine 5,460.00 short of principal. Senior WAL (40,000,000 x 181 + 30,000,000 x 273) / (70,000,000 x 365)
     * = 0.60391... under the trigger, (39,638,000 x 181 + 30,362,000 x 273) / (70,000,000 x 365) = 0.60521...
     * without.
     */
    @Test
    void underTheTriggerSeniorIsRepaidSoonerAndMezzanineInterestFallsShortFirst() {
        StressResult triggered = ONE_THREAD.run(triggerDeal(500, certainDefaults(3, "A")));
        StressResult normal = ONE_THREAD.run(triggerDeal(10_000, certainDefaults(3, "A")));

        assertThat(triggered.pathsWithTrigger()).isEqualTo(3);
        assertThat(normal.pathsWithTrigger()).isZero();
        assertThat(tranche(triggered, SENIOR).weightedAverageLifeYears()).isEqualTo(new BigDecimal("0.6039"));
        assertThat(tranche(normal, SENIOR).weightedAverageLifeYears()).isEqualTo(new BigDecimal("0.6052"));
        assertThat(tranche(triggered, MEZZANINE).firstShortfallDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(tranche(normal, MEZZANINE).firstShortfallDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(tranche(normal, MEZZANINE).firstShortfallPeriod()).isEqualTo(2);
        assertThat(tranche(triggered, MEZZANINE).worstLoss()).isEqualTo(cny(546_000));
        assertThat(tranche(normal, MEZZANINE).worstLoss()).isEqualTo(cny(546_000));
        assertThat(tranche(triggered, SUBORDINATED).worstLoss()).isEqualTo(cny(10_000_000));
        assertThat(tranche(triggered, SENIOR).worstLoss()).isEqualTo(cny(0));
    }

    /** Only A may default (30%), and then the subordinated tranche loses exactly 150,000.00. */
    @Test
    void expectedLossAndLossProbabilityAreTheShareOfPathsThatLost() {
        StressScenario aMayDefault = new StressScenario(new ObligorAssumptions(0, 0, 0),
                Map.of("A", new ObligorAssumptions(3_000, 0, 0)), 2_000, 77L);

        TrancheStress subordinated = tranche(ONE_THREAD.run(sweepOnly(aMayDefault)), SUBORDINATED);

        int lost = subordinated.pathsWithLoss();
        assertThat(lost).isBetween(500, 700);
        assertThat(subordinated.expectedLossMinor())
                .isEqualTo(BigDecimal.valueOf(15_000_000L * lost).divide(BigDecimal.valueOf(2_000)).setScale(2));
        assertThat(subordinated.lossProbabilityBp())
                .isEqualTo(BigDecimal.valueOf(lost * 10_000L).divide(BigDecimal.valueOf(2_000)).setScale(2));
        assertThat(subordinated.worstLoss()).isEqualTo(cny(15_000_000));
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndAnotherSeedAnother() {
        StressResult first = ONE_THREAD.run(examplePool(everyone(2_000, 4_000, 120, 1_000, 42L)));
        StressResult again = ONE_THREAD.run(examplePool(everyone(2_000, 4_000, 120, 1_000, 42L)));
        StressResult otherSeed = ONE_THREAD.run(examplePool(everyone(2_000, 4_000, 120, 1_000, 43L)));

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first.pathsWithTrigger()).isPositive();
    }

    @Test
    void theAnswerDoesNotDependOnTheNumberOfThreads() {
        StressRequest request = examplePool(everyone(2_500, 3_000, 45, 3_001, 5L));

        StressResult single = new StressEngine(1).run(request);

        for (int threads : new int[] {2, 3, 8}) {
            assertThat(new StressEngine(threads).run(request)).isEqualTo(single);
        }
    }

    @Test
    void theOrderVouchersAreListedInDoesNotChangeTheDraws() {
        StressRequest request = examplePool(everyone(3_000, 0, 0, 500, 11L));
        StressRequest reversed = new StressRequest(request.structure(),
                request.vouchers().reversed(), request.scenario());

        assertThat(ONE_THREAD.run(reversed)).isEqualTo(ONE_THREAD.run(request));
    }
}
