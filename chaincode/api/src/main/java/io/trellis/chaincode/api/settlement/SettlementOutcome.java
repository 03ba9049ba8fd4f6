package io.trellis.chaincode.api.settlement;

import io.trellis.chaincode.api.Money;
import java.util.List;

/**
 * What a payment did, stored under its bank and payment id. A replay answers with the stored outcome and
 * {@code replayed = true}.
 *
 * @param notice         the payment as received
 * @param bankId         the bank that posted it
 * @param applied        the part paid out to holders
 * @param unapplied      the part left over once every due voucher was paid (to return to the obligor)
 * @param payouts        one per voucher paid, in payment order
 * @param settledTxId    the transaction that applied the payment
 * @param replayed       true when this answer is for a replay: nothing was written
 */
public record SettlementOutcome(PaymentNotice notice, String bankId, Money applied, Money unapplied,
        List<Payout> payouts, String settledTxId, boolean replayed) {

    public SettlementOutcome {
        payouts = List.copyOf(payouts);
    }

    public SettlementOutcome asReplay() {
        return new SettlementOutcome(notice, bankId, applied, unapplied, payouts, settledTxId, true);
    }

    /** The same payment showing only {@code shown} of its payouts (a payee's view). */
    public SettlementOutcome withPayouts(List<Payout> shown) {
        return new SettlementOutcome(notice, bankId, applied, unapplied, shown, settledTxId, replayed);
    }
}
