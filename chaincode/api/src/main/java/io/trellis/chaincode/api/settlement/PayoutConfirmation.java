package io.trellis.chaincode.api.settlement;

import io.trellis.chaincode.api.Money;
import java.time.Instant;

/**
 * A payout the posting bank has paid, stored under its payout id. A replay (same bank reference) answers with the
 * stored confirmation and {@code replayed = true}.
 *
 * @param payoutId      the payout paid
 * @param paymentId     the payment it belongs to
 * @param bankId        the bank that posted the payment and paid the payout
 * @param voucherId     the voucher the payout paid
 * @param holderId      who was paid
 * @param poolId        the ABS pool paid instead, else null
 * @param amount        the amount paid
 * @param bankReference the bank's reference of the transfer
 * @param confirmedAt   the confirming transaction's timestamp
 * @param replayed      true when this answer is for a replay: nothing was written
 */
public record PayoutConfirmation(String payoutId, String paymentId, String bankId, String voucherId, String holderId,
        String poolId, Money amount, String bankReference, Instant confirmedAt, boolean replayed) {

    public PayoutConfirmation asReplay() {
        return new PayoutConfirmation(payoutId, paymentId, bankId, voucherId, holderId, poolId, amount, bankReference,
                confirmedAt, true);
    }
}
