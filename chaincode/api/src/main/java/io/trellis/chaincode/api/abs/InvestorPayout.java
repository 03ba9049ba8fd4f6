package io.trellis.chaincode.api.abs;

import java.time.LocalDate;

/**
 * A payout instruction of one payment date, as an investor sees it.
 *
 * @param poolId      the deal paying
 * @param paymentDate the payment date
 * @param payout      whom to pay, for which tranche, why and how much
 */
public record InvestorPayout(String poolId, LocalDate paymentDate, PayoutInstruction payout) {
}
