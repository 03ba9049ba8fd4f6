package io.trellis.abs.stress;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A deal as GetDeal answers it, structured when its pool held 1,000,000.00: senior 500,000.00 at 3.00%,
 * subordinated 100,000.00, fees 1,500.00, issue 2026-04-01, payment dates 2026-07-01 and 2026-10-01, trigger 4%.
 * Its pool now: CORE 300,000.00 maturing 2026-05-15 and CORE2 500,000.00 maturing 2026-09-01.
 */
final class StructuredDeals {
    static final String POOL = "AP0123456789ABCDEF0123";
    static final String CORE = "91310000MA1K000001";
    static final String CORE2 = "91310000MA1K000002";
    static final String FIRST = "CV0123456789ABCDEF0001";
    static final String SECOND = "CV0123456789ABCDEF0002";

    private StructuredDeals() {
    }

    static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    static StressScenario everyone(int defaultRateBp, int recoveryRateBp, int delayDays, int paths) {
        return new StressScenario(new ObligorAssumptions(defaultRateBp, recoveryRateBp, delayDays), Map.of(), paths,
                1L);
    }

    static DealStructure structure() {
        return new DealStructure(cny(100_000_000), List.of(
                new TrancheTerms(TrancheClass.SENIOR, cny(50_000_000), 300),
                new TrancheTerms(TrancheClass.SUBORDINATED, cny(10_000_000), 0)),
                cny(150_000), LocalDate.of(2026, 4, 1), List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)),
                400);
    }

    static DealView deal(DealStatus status, DealStructure structure) {
        return deal(status, structure, 30_000_000, 50_000_000);
    }

    /** The deal with its two vouchers of these amounts, the pool's principal their sum. */
    static DealView deal(DealStatus status, DealStructure structure, long firstFen, long secondFen) {
        Pool pool = new Pool(POOL, "manager", "originator", new PoolCriteria("CNY", 30, 365, 10_000,
                List.of(PoolAssetStatus.ACTIVE)), List.of(AttestationKind.RATING), LocalDate.of(2026, 3, 2),
                cny(firstFen + secondFen), 2, "2026-03-02T00:00:00Z", 5);
        Deal deal = new Deal(POOL, status, structure, List.of(), List.of(), null, 4);
        return new DealView(pool, deal, List.of(
                entry(FIRST, CORE, firstFen, LocalDate.of(2026, 5, 15)),
                entry(SECOND, CORE2, secondFen, LocalDate.of(2026, 9, 1))),
                List.of(), List.of(), List.of(), List.of());
    }

    private static PoolEntry entry(String voucherId, String obligorId, long fen, LocalDate maturity) {
        return new PoolEntry(POOL, voucherId, obligorId, cny(fen), maturity, VoucherStatus.ACTIVE, "originator",
                LocalDate.of(2026, 3, 2));
    }
}
