package io.trellis.abs.stress;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.rules.AbsFixtures.tranche;

import io.trellis.abs.rules.AbsFixtures;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.TrancheClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deals, pools and scenarios of the stress tests. Amounts in fen. */
final class StressFixtures {
    static final LocalDate ISSUE = LocalDate.of(2026, 1, 1);

    private StressFixtures() {
    }

    static StressVoucher voucher(String id, String obligor, long fen, LocalDate maturity) {
        return new StressVoucher(id, obligor, cny(fen), maturity);
    }

    /** Every obligor under the same assumptions. */
    static StressScenario everyone(int defaultRateBp, int recoveryRateBp, int delayDays, int paths, long seed) {
        ObligorAssumptions assumptions = new ObligorAssumptions(defaultRateBp, recoveryRateBp, delayDays);
        return new StressScenario(assumptions, Map.of(), paths, seed);
    }

    /** The named obligors default for certain with nothing recovered; every other obligor pays. */
    static StressScenario certainDefaults(int paths, String... obligors) {
        ObligorAssumptions lost = new ObligorAssumptions(10_000, 0, 0);
        Map<String, ObligorAssumptions> byObligor = new HashMap<>();
        for (String obligor : obligors) {
            byObligor.put(obligor, lost);
        }
        return new StressScenario(new ObligorAssumptions(0, 0, 0), byObligor, paths, 1L);
    }

    /**
     * The example deal of docs/abs.md (senior 700,000.00 at 4%, mezzanine 150,000.00 at 6%, subordinated
     * 100,000.00, fees 2,000.00, trigger 5%, four quarterly dates) over 20 vouchers of 50,000.00 owed by three
     * obligors, maturing every 12 days from 2026-02-01: the pool of the issue's scenario and of the benchmark.
     */
    static StressRequest examplePool(StressScenario scenario) {
        List<StressVoucher> vouchers = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            LocalDate maturity = LocalDate.of(2026, 2, 1).plusDays(12L * k);
            vouchers.add(voucher("V" + k, "CORE-" + "ABC".charAt(k % 3), 5_000_000, maturity));
        }
        return new StressRequest(AbsFixtures.deal(), vouchers, scenario);
    }

    /**
     * No coupons, no fees: cash only sweeps principal down by seniority. Pool 1,000,000.00: senior 600,000.00,
     * mezzanine 200,000.00, subordinated 200,000.00, one payment date 2026-04-01. Obligor A owes 150,000.00,
     * B 150,000.00, C 700,000.00, all maturing 2026-02-01.
     */
    static StressRequest sweepOnly(StressScenario scenario) {
        DealStructure deal = new DealStructure(cny(100_000_000),
                List.of(tranche(TrancheClass.SENIOR, 60_000_000, 0),
                        tranche(TrancheClass.MEZZANINE, 20_000_000, 0),
                        tranche(TrancheClass.SUBORDINATED, 20_000_000, 0)),
                cny(0), ISSUE, List.of(LocalDate.of(2026, 4, 1)), 10_000);
        LocalDate maturity = LocalDate.of(2026, 2, 1);
        return new StressRequest(deal, List.of(
                voucher("VA", "A", 15_000_000, maturity),
                voucher("VB", "B", 15_000_000, maturity),
                voucher("VC", "C", 70_000_000, maturity)), scenario);
    }

    /**
     * Pool 1,000,000.00: senior 800,000.00 at 3.65% (interest = outstanding x days / 10,000), subordinated
     * 150,000.00, no fees; payment dates 2026-04-01 (90 days) and 2026-07-01 (181 days). Obligor A owes
     * 400,000.00 maturing 2026-03-01, B 600,000.00 maturing 2026-06-01.
     */
    static StressRequest twoDates(StressScenario scenario) {
        DealStructure deal = new DealStructure(cny(100_000_000),
                List.of(tranche(TrancheClass.SENIOR, 80_000_000, 365),
                        tranche(TrancheClass.SUBORDINATED, 15_000_000, 0)),
                cny(0), ISSUE, List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)), 500);
        return new StressRequest(deal, List.of(
                voucher("VA", "A", 40_000_000, LocalDate.of(2026, 3, 1)),
                voucher("VB", "B", 60_000_000, LocalDate.of(2026, 6, 1))), scenario);
    }

    /**
     * Pool 1,000,000.00: senior 700,000.00 without coupon, mezzanine 200,000.00 at 3.65%, subordinated
     * 100,000.00, no fees; payment dates 2026-07-01 (181 days) and 2026-10-01 (273 days). Obligor A owes
     * 100,000.00 maturing 2026-02-01 (150 days overdue on the first date: 10% of the pool in default), B 400,000.00
     * maturing 2026-03-01, C 500,000.00 maturing 2026-08-01.
     */
    static StressRequest triggerDeal(int defaultTriggerBp, StressScenario scenario) {
        DealStructure deal = new DealStructure(cny(100_000_000),
                List.of(tranche(TrancheClass.SENIOR, 70_000_000, 0),
                        tranche(TrancheClass.MEZZANINE, 20_000_000, 365),
                        tranche(TrancheClass.SUBORDINATED, 10_000_000, 0)),
                cny(0), ISSUE, List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)), defaultTriggerBp);
        return new StressRequest(deal, List.of(
                voucher("VA", "A", 10_000_000, LocalDate.of(2026, 2, 1)),
                voucher("VB", "B", 40_000_000, LocalDate.of(2026, 3, 1)),
                voucher("VC", "C", 50_000_000, LocalDate.of(2026, 8, 1))), scenario);
    }
}
