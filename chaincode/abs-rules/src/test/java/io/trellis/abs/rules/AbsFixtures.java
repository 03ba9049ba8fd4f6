package io.trellis.abs.rules;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.time.LocalDate;
import java.util.List;

/** The example deal of docs/abs.md, shared by the ABS rule tests. All amounts in fen. */
public final class AbsFixtures {
    public static final LocalDate ISSUE = LocalDate.of(2026, 1, 1);
    public static final LocalDate P1 = LocalDate.of(2026, 4, 1);   // 90 days after issue
    public static final LocalDate P2 = LocalDate.of(2026, 7, 1);   // 91 days after P1
    public static final LocalDate P3 = LocalDate.of(2026, 10, 1);  // 92 days after P2
    public static final LocalDate P4 = LocalDate.of(2027, 1, 1);   // 92 days after P3
    public static final String HASH = "ab".repeat(32);

    private AbsFixtures() {
    }

    public static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    public static TrancheTerms tranche(TrancheClass trancheClass, long fen, int couponBp) {
        return new TrancheTerms(trancheClass, cny(fen), couponBp);
    }

    /**
     * Pool 1,000,000.00; senior 700,000.00 at 4.00%, mezzanine 150,000.00 at 6.00%, subordinated 100,000.00;
     * fees 2,000.00 per payment date; trigger at 5.00% (500 bp) of the pool, i.e. defaults above 50,000.00.
     */
    public static DealStructure deal() {
        return new DealStructure(cny(100_000_000),
                List.of(tranche(TrancheClass.SENIOR, 70_000_000, 400),
                        tranche(TrancheClass.MEZZANINE, 15_000_000, 600),
                        tranche(TrancheClass.SUBORDINATED, 10_000_000, 0)),
                cny(200_000), ISSUE, List.of(P1, P2, P3, P4), 500);
    }

    /** Senior 7,000 units: A 3,000, B 3,000, C 1,000. Mezzanine 1,500: C 1,000, D 500. Subordinated 1,000: E. */
    public static List<Holding> holdings() {
        return List.of(
                new Holding("INV-A", TrancheClass.SENIOR, 3_000),
                new Holding("INV-B", TrancheClass.SENIOR, 3_000),
                new Holding("INV-C", TrancheClass.SENIOR, 1_000),
                new Holding("INV-C", TrancheClass.MEZZANINE, 1_000),
                new Holding("INV-D", TrancheClass.MEZZANINE, 500),
                new Holding("INV-E", TrancheClass.SUBORDINATED, 1_000));
    }
}
