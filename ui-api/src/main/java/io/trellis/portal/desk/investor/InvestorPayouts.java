package io.trellis.portal.desk.investor;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.abs.AbsLabels;
import io.trellis.portal.abs.AbsViews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The payouts an investor sees in its deals' distributions, as one list: newest payment date first. */
public final class InvestorPayouts {
    private InvestorPayouts() {
    }

    public record Row(String poolId, LocalDate paymentDate, String trancheClass, String kind, Money amount, long blockNumber) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }

        public String kindKey() {
            return AbsLabels.payoutKind(kind);
        }
    }

    static List<Row> of(List<List<AbsViews.Distribution>> distributionsPerDeal) {
        List<Row> rows = new ArrayList<>();
        for (List<AbsViews.Distribution> deal : distributionsPerDeal) {
            for (AbsViews.Distribution date : deal) {
                for (AbsViews.Payout payout : date.payouts()) {
                    rows.add(new Row(date.poolId(), date.paymentDate(), payout.trancheClass(), payout.kind(),
                            payout.amount(), payout.blockNumber()));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::paymentDate).reversed().thenComparing(Row::poolId));
        return rows;
    }
}
