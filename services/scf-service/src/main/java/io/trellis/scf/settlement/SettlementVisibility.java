package io.trellis.scf.settlement;

import io.trellis.desk.security.Viewer;
import java.util.List;
import java.util.Optional;

/**
 * Who sees a payment: auditors, the paying obligor and the bank that posted it all of it; a holder that was paid
 * with its own payouts only (what others were paid is their business); anyone else nothing. An operator sees it as
 * the parties its organisation hosts would, together.
 */
final class SettlementVisibility {

    private SettlementVisibility() {
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
