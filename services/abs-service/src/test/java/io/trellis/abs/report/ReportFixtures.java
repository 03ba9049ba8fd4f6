package io.trellis.abs.report;

import io.trellis.abs.readmodel.DealSummary;
import io.trellis.abs.readmodel.DistributionDto;
import io.trellis.abs.readmodel.HoldingDto;
import io.trellis.abs.readmodel.TrancheDto;
import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The first two payment dates of docs/abs.md §8 as the read model hands them to the reports (amounts in fen). */
final class ReportFixtures {
    static final String DEAL = "AP0123456789abcdef0123";
    static final String MANAGER = "91310000MA1K00005M";
    static final String ORIGINATOR = "91310000MA1K00002C";
    static final String A = "913100000000000413";
    static final String B = "913100000000000421";
    static final String C = "913100000000000438";
    static final String D = "913100000000000446";
    static final String CREATED_TX = "c0".repeat(32);
    static final String STRUCTURED_TX = "5e".repeat(32);
    static final String ISSUED_TX = "15".repeat(32);
    static final String P1_TX = "a1".repeat(32);
    static final String P2_TX = "b2".repeat(32);
    static final LocalDate P1 = LocalDate.parse("2026-07-01");
    static final LocalDate P2 = LocalDate.parse("2026-10-01");

    private ReportFixtures() {
    }

    static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    static DealSummary deal() {
        List<TrancheDto> tranches = List.of(
                tranche("SENIOR", 75_000_000, 300, 11_659_539, 0),
                tranche("MEZZANINE", 15_000_000, 600, 15_000_000, 0),
                tranche("SUBORDINATED", 10_000_000, 0, 10_000_000, 0));
        return new DealSummary(DEAL, MANAGER, ORIGINATOR, "AMORTISING", cny(100_000_000), 20,
                LocalDate.parse("2026-03-02"), 30, 365, 4000, List.of("AUDIT", "LEGAL_OPINION", "RATING", "TRUSTEE"),
                LocalDate.parse("2026-04-01"), List.of(P1, P2, LocalDate.parse("2027-01-01")), cny(150_000), 400,
                tranches, false, cny(0), P2, OffsetDateTime.parse("2026-03-02T09:00:00Z"), CREATED_TX, 101,
                STRUCTURED_TX, 105L, P2_TX, 131);
    }

    static List<HoldingDto> holdings() {
        return List.of(holding(A, "SENIOR", 3_334), holding(B, "SENIOR", 2_500), holding(C, "SENIOR", 1_666),
                holding(C, "MEZZANINE", 600), holding(D, "MEZZANINE", 900), holding(D, "SUBORDINATED", 1_000));
    }

    static DistributionDto first() {
        return new DistributionDto(DEAL, P1, LocalDate.parse("2026-04-01"), cny(25_000_000), cny(5_000_000), cny(0),
                false, steps(150_000, 560_959, 224_384, 29_064_657),
                balances(45_935_343), cny(0), cny(0), "d1".repeat(32), List.of(
                        payout(A, "SENIOR", "INTEREST", 249_365, P1_TX, 120),
                        payout(B, "SENIOR", "INTEREST", 186_987, P1_TX, 120),
                        payout(C, "SENIOR", "INTEREST", 124_607, P1_TX, 120),
                        payout(C, "MEZZANINE", "INTEREST", 89_753, P1_TX, 120),
                        payout(D, "MEZZANINE", "INTEREST", 134_631, P1_TX, 120),
                        payout(A, "SENIOR", "PRINCIPAL", 12_920_209, P1_TX, 120),
                        payout(B, "SENIOR", "PRINCIPAL", 9_688_219, P1_TX, 120),
                        payout(C, "SENIOR", "PRINCIPAL", 6_456_229, P1_TX, 120)),
                P1_TX, 120);
    }

    static DistributionDto second() {
        return new DistributionDto(DEAL, P2, P1, cny(35_000_000), cny(0), cny(0), false,
                steps(150_000, 347_347, 226_849, 34_275_804),
                balances(11_659_539), cny(0), cny(0), "d2".repeat(32), List.of(
                        payout(A, "SENIOR", "INTEREST", 154_408, P2_TX, 131),
                        payout(B, "SENIOR", "INTEREST", 115_782, P2_TX, 131),
                        payout(C, "SENIOR", "INTEREST", 77_157, P2_TX, 131),
                        payout(C, "MEZZANINE", "INTEREST", 90_739, P2_TX, 131),
                        payout(D, "MEZZANINE", "INTEREST", 136_110, P2_TX, 131),
                        payout(A, "SENIOR", "PRINCIPAL", 15_236_738, P2_TX, 131),
                        payout(B, "SENIOR", "PRINCIPAL", 11_425_268, P2_TX, 131),
                        payout(C, "SENIOR", "PRINCIPAL", 7_613_798, P2_TX, 131)),
                P2_TX, 131);
    }

    /** The date as an investor sees it: only its own payouts. */
    static DistributionDto onlyPayoutsOf(DistributionDto date, String investor) {
        return new DistributionDto(date.poolId(), date.paymentDate(), date.periodStart(), date.collected(),
                date.carriedIn(), date.defaultedPrincipal(), date.triggerHit(), date.steps(), date.tranches(),
                date.feeArrears(), date.carriedOut(), date.documentHash(),
                date.payouts().stream().filter(p -> p.investorId().equals(investor)).toList(), date.transactionId(),
                date.blockNumber());
    }

    private static List<DistributionDto.Step> steps(long fees, long seniorInterest, long mezzanineInterest,
            long seniorPrincipal) {
        return List.of(new DistributionDto.Step("FEES", cny(fees)),
                new DistributionDto.Step("SENIOR_INTEREST", cny(seniorInterest)),
                new DistributionDto.Step("MEZZANINE_INTEREST", cny(mezzanineInterest)),
                new DistributionDto.Step("SENIOR_PRINCIPAL", cny(seniorPrincipal)),
                new DistributionDto.Step("MEZZANINE_PRINCIPAL", cny(0)),
                new DistributionDto.Step("SUBORDINATED_PRINCIPAL", cny(0)),
                new DistributionDto.Step("SUBORDINATED_RESIDUAL", cny(0)));
    }

    private static List<DistributionDto.Balance> balances(long seniorOutstanding) {
        return List.of(new DistributionDto.Balance("SENIOR", cny(seniorOutstanding), cny(0)),
                new DistributionDto.Balance("MEZZANINE", cny(15_000_000), cny(0)),
                new DistributionDto.Balance("SUBORDINATED", cny(10_000_000), cny(0)));
    }

    private static TrancheDto tranche(String tranche, long principal, int couponBp, long outstanding, long arrears) {
        return new TrancheDto(tranche, cny(principal), principal / 10_000, couponBp, principal / 10_000,
                principal / 10_000, cny(outstanding), cny(arrears), P2_TX, 131);
    }

    private static HoldingDto holding(String investor, String tranche, long units) {
        return new HoldingDto(DEAL, investor, tranche, units, cny(units * 10_000), ISSUED_TX, 110);
    }

    private static DistributionDto.Payout payout(String investor, String tranche, String kind, long fen, String tx,
            long block) {
        return new DistributionDto.Payout(investor, tranche, kind, cny(fen), tx, block);
    }
}
