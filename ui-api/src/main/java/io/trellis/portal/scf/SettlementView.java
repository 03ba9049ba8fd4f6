package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/** An obligor's payment at maturity as settlement applied it, with the payouts the caller may see. */
public record SettlementView(String bankId, String paymentId, String obligorId, LocalDate maturityDate, Money amount,
        Money applied, Money unapplied, List<Payout> payouts, String transactionId, long blockNumber) {

    public SettlementView {
        payouts = payouts == null ? List.of() : List.copyOf(payouts);
    }

    /** One voucher's share of the payment, paid to its holder (or to the pool that holds it). */
    public record Payout(String payoutId, String voucherId, String holderId, String poolId, Money amount) {
    }
}
