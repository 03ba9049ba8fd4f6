package io.trellis.abs.stress;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.abs.rules.DefaultRule;
import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one obligor's vouchers bring to each payment date if it pays and if it defaults, worked out once per
 * request so a path only has to add up the obligors it drew. A paying obligor pays each voucher's outstanding on
 * its maturity. A defaulting one pays nothing then; the recovery share comes in the recovery delay after
 * maturity, the rest is lost. Whether the unpaid principal counts as defaulted on a payment date is
 * {@link DefaultRule}'s decision, as on the ledger.
 *
 * @param obligorId          the obligor
 * @param defaultRateBp      its probability of default
 * @param payingCash         cash per slot of {@link PaymentSchedule} if it pays
 * @param defaultingCash     cash (recoveries) per slot if it defaults
 * @param defaultedPrincipal its defaulted principal as of each payment date if it defaults
 */
record ObligorFlows(String obligorId, int defaultRateBp, long[] payingCash, long[] defaultingCash,
                    long[] defaultedPrincipal) {

    /** One entry per obligor, by obligor id, so the draws do not depend on the order vouchers were listed in. */
    static List<ObligorFlows> of(List<StressVoucher> vouchers, StressScenario scenario, PaymentSchedule schedule) {
        Map<String, List<StressVoucher>> byObligor = new TreeMap<>();
        for (StressVoucher voucher : vouchers) {
            byObligor.computeIfAbsent(voucher.obligorId(), o -> new ArrayList<>()).add(voucher);
        }
        List<ObligorFlows> flows = new ArrayList<>();
        byObligor.forEach((obligor, owed) -> flows.add(of(obligor, owed, scenario.of(obligor), schedule)));
        return flows;
    }

    private static ObligorFlows of(String obligorId, List<StressVoucher> vouchers, ObligorAssumptions assumptions,
                                   PaymentSchedule schedule) {
        // One slot more than the schedule holds: cash that comes too late lands there and is never distributed.
        long[] paying = new long[schedule.size() + 2];
        long[] defaulting = new long[schedule.size() + 2];
        long[] defaulted = new long[schedule.size()];
        for (StressVoucher voucher : vouchers) {
            long principal = voucher.outstanding().minor();
            long recovery = recovery(principal, assumptions.recoveryRateBp());
            LocalDate recoveredOn = voucher.maturity().plusDays(assumptions.recoveryDelayDays());
            add(paying, schedule.slotOf(voucher.maturity()), principal);
            add(defaulting, schedule.slotOf(recoveredOn), recovery);
            for (int i = 0; i < schedule.size(); i++) {
                LocalDate asOf = schedule.date(i);
                long unpaid = recoveredOn.isAfter(asOf) ? principal : principal - recovery;
                if (DefaultRule.defaulted(unpaidAsset(voucher, unpaid), asOf)) {
                    add(defaulted, i, unpaid);
                }
            }
        }
        return new ObligorFlows(obligorId, assumptions.defaultRateBp(), paying, defaulting, defaulted);
    }

    /** The voucher as the ledger would show it with {@code unpaid} still owed. */
    private static PoolAsset unpaidAsset(StressVoucher voucher, long unpaid) {
        Money outstanding = Money.of(unpaid, voucher.outstanding().currency());
        return new PoolAsset(voucher.voucherId(), voucher.obligorId(), null, outstanding, voucher.maturity(),
                unpaid == 0 ? PoolAssetStatus.SETTLED : PoolAssetStatus.POOLED, null);
    }

    /** The recovered share, rounded down to the minor unit: a recovery is never more than was paid. */
    private static long recovery(long principal, int recoveryRateBp) {
        return Amounts.exact(BigInteger.valueOf(principal).multiply(BigInteger.valueOf(recoveryRateBp))
                .divide(BigInteger.valueOf(BasisPoints.WHOLE)));
    }

    private static void add(long[] slots, int index, long amount) {
        slots[index] = Amounts.add(slots[index], amount);
    }
}
