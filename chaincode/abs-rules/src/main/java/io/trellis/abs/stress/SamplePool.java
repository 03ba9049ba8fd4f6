package io.trellis.abs.stress;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sample deal for the stress engine, the benchmark's and abs-service's warm-up's: 20 vouchers of 3 obligors, 30,000.00 to 68,000.00 each (980,000.00 in all),
 * maturing every 14 days from 2026-02-10; senior 700,000.00 at 4%, mezzanine 150,000.00 at 6%, subordinated
 * 100,000.00; fees 2,000.00 per date; trigger 5%; four quarterly payment dates. Every obligor defaults with 20%,
 * 40% is recovered 90 days after maturity.
 */
public final class SamplePool {
    public static final int VOUCHERS = 20;
    public static final int OBLIGORS = 3;
    public static final long SEED = 20_261_130L;
    public static final String DESCRIPTION = "20 vouchers of 3 obligors, 4 payment dates, senior/mezzanine/subordinated, "
            + "20% default rate per obligor, 40% recovered after 90 days";
    private static final LocalDate ISSUE = LocalDate.of(2026, 1, 1);

    private SamplePool() {
    }

    public static StressRequest request(int paths) {
        List<StressVoucher> vouchers = new ArrayList<>();
        for (int k = 0; k < VOUCHERS; k++) {
            vouchers.add(new StressVoucher("BENCH-V" + k, "CORE-" + (k % OBLIGORS + 1), cny(3_000_000 + 200_000L * k),
                    LocalDate.of(2026, 2, 10).plusDays(14L * k)));
        }
        DealStructure deal = new DealStructure(cny(98_000_000),
                List.of(new TrancheTerms(TrancheClass.SENIOR, cny(70_000_000), 400),
                        new TrancheTerms(TrancheClass.MEZZANINE, cny(15_000_000), 600),
                        new TrancheTerms(TrancheClass.SUBORDINATED, cny(10_000_000), 0)),
                cny(200_000), ISSUE,
                List.of(ISSUE.plusMonths(3), ISSUE.plusMonths(6), ISSUE.plusMonths(9), ISSUE.plusMonths(12)), 500);
        StressScenario scenario = new StressScenario(new ObligorAssumptions(2_000, 4_000, 90), Map.of(), paths, SEED);
        return new StressRequest(deal, vouchers, scenario);
    }

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }
}
