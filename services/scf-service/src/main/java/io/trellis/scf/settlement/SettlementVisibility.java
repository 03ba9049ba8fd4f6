package io.trellis.scf.settlement;

import io.trellis.desk.paging.Condition;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sees a payment: auditors, the paying obligor and the bank that posted it all of it; a holder that was paid
 * with its own payouts only (what others were paid is their business); anyone else nothing. An operator sees it as
 * the parties its organisation hosts would, together.
 */
final class SettlementVisibility {

    private SettlementVisibility() {
    }

    /**
     * The same rule as a condition on {@code SettlementView s}, for listings narrowed in the database: payments
     * naming the viewer as obligor or posting bank, or with a payout to it.
     */
    static Condition listing(Viewer viewer) {
        if (viewer.seesAll()) {
            return Condition.ALL;
        }
        Condition payerOrBank = VisibleRows.naming(viewer, "s.obligorId", "s.key.bankId");
        if (payerOrBank.equals(Condition.NONE)) {
            return Condition.NONE;
        }
        Condition payee = VisibleRows.naming(viewer, "p.holderId");
        Map<String, Object> parameters = new HashMap<>(payerOrBank.parameters());
        parameters.putAll(payee.parameters());
        return new Condition("(" + payerOrBank.clause() + ") or exists (select 1 from PayoutView p"
                + " where p.bankId = s.key.bankId and p.paymentId = s.key.paymentId and (" + payee.clause() + "))",
                parameters);
    }

    /** The payouts {@code viewer} may see, or empty if it may not see the payment at all. */
    static Optional<List<PayoutView>> payoutsFor(Viewer viewer, SettlementView payment, List<PayoutView> payouts) {
        if (viewer.sees(payment.obligorId, payment.key.bankId())) {
            return Optional.of(payouts);
        }
        List<PayoutView> own = payouts.stream().filter(p -> viewer.speaksFor(p.holderId)).toList();
        return own.isEmpty() ? Optional.empty() : Optional.of(own);
    }
}
