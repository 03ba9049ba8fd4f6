package io.trellis.portal.desk.investor;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.abs.AbsViews;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestorPayoutsTest {

    @Test
    void payouts_of_every_deal_are_listed_newest_date_first_in_the_order_the_waterfall_paid_them() {
        LocalDate p1 = LocalDate.of(2026, 7, 1);
        LocalDate p2 = LocalDate.of(2026, 10, 1);
        List<AbsViews.Distribution> dealA = List.of(date("AP1", p1, payout("SENIOR", "INTEREST", 249_365),
                payout("SENIOR", "PRINCIPAL", 12_920_209)), date("AP1", p2, payout("SENIOR", "INTEREST", 154_408)));
        List<AbsViews.Distribution> dealB = List.of(date("AP2", p1, payout("MEZZANINE", "INTEREST", 89_753)));

        List<InvestorPayouts.Row> rows = InvestorPayouts.of(List.of(dealA, dealB));

        assertThat(rows).extracting(r -> r.poolId() + " " + r.paymentDate() + " " + r.kind() + " " + r.amount().minor())
                .containsExactly("AP1 2026-10-01 INTEREST 154408", "AP1 2026-07-01 INTEREST 249365",
                        "AP1 2026-07-01 PRINCIPAL 12920209", "AP2 2026-07-01 INTEREST 89753");
        assertThat(rows.getFirst().kindKey()).isEqualTo("abs_payout.INTEREST");
    }

    private static AbsViews.Distribution date(String poolId, LocalDate on, AbsViews.Payout... payouts) {
        Money zero = Money.of(0, "CNY");
        return new AbsViews.Distribution(poolId, on, on.minusMonths(3), zero, zero, zero, false, List.of(), List.of(),
                zero, zero, "h", List.of(payouts), 9);
    }

    private static AbsViews.Payout payout(String tranche, String kind, long fen) {
        return new AbsViews.Payout("INV", tranche, kind, Money.of(fen, "CNY"), 9);
    }
}
