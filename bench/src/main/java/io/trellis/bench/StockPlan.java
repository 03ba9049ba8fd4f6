package io.trellis.bench;

import java.time.Duration;

/** How many stock vouchers a point needs, and how many split roots make them; unmeasured, so it errs high. */
final class StockPlan {
    /** Children of one split: the most the chaincode allows (Ids.MAX_CHILDREN). */
    static final int SPLIT_PARTS = 99;
    /** Room for a point that runs faster than the baseline it was sized from. */
    static final double HEADROOM = 1.5;

    private StockPlan() {
    }

    /**
     * @param expectedRate    calls per second to expect (the baseline's rate at the same client count)
     * @param run             warm-up plus window
     * @param callsPerVoucher calls one stock voucher serves (1, or a whole transfer chain)
     */
    static int vouchersNeeded(double expectedRate, Duration run, int clients, int callsPerVoucher) {
        long calls = (long) Math.ceil(expectedRate * run.toNanos() / 1e9 * HEADROOM);
        // Each client also holds one voucher (or chain) that the window's end leaves unfinished.
        return Math.toIntExact(Math.ceilDiv(calls, Math.max(1, callsPerVoucher)) + clients);
    }

    /** Roots to issue and split so that {@code stocked} vouchers become at least {@code needed}. */
    static int rootsFor(int needed, int stocked) {
        return needed <= stocked ? 0 : Math.ceilDiv(needed - stocked, SPLIT_PARTS);
    }

    /** Transfers one split child serves: it is at tier 2 and each transfer adds a tier, up to the limit. */
    static int transfersPerVoucher(int tierLimit) {
        return Math.max(1, tierLimit - 2);
    }
}
