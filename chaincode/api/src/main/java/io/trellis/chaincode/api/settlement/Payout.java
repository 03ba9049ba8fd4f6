package io.trellis.chaincode.api.settlement;

import io.trellis.chaincode.api.Money;

/**
 * An instruction to pay one voucher's share of a payment to its holder (清分).
 *
 * @param payoutId  {@code PO} + 20 hex of sha256(bankId|paymentId) + {@code -NN} in payment order: unique across
 *                  banks and the same on every replay (the key downstream)
 * @param voucherId the voucher paid
 * @param holderId  its holder at settlement
 * @param poolId    the ABS pool to pay instead while the voucher is POOLED, else null
 * @param amount    amount to pay
 */
public record Payout(String payoutId, String voucherId, String holderId, String poolId, Money amount) {
}
