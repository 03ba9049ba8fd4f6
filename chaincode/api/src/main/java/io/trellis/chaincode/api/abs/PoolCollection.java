package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What one settlement paid into a pool: one row per payment and pool, so settlements of different pool assets
 * never write the same key.
 *
 * @param poolId      the pool paid
 * @param bankId      the bank that posted the payment (payment ids are each bank's own)
 * @param paymentId   the settled payment
 * @param amount      paid to the pool by this payment
 * @param voucherIds  the pooled vouchers it paid, in payment order
 * @param collectedOn business date of the settlement
 * @param takenOn     the payment date whose waterfall distributed it (the issue date for cash collected before
 *                    issuance); null while it waits
 */
public record PoolCollection(
        String poolId,
        String bankId,
        String paymentId,
        Money amount,
        List<String> voucherIds,
        LocalDate collectedOn,
        LocalDate takenOn) {

    public PoolCollection {
        voucherIds = List.copyOf(voucherIds);
    }

    public PoolCollection taken(LocalDate date) {
        return new PoolCollection(poolId, bankId, paymentId, amount, voucherIds, collectedOn, date);
    }
}
