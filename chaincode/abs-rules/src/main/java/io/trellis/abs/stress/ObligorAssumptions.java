package io.trellis.abs.stress;

/**
 * What a scenario assumes of one obligor.
 *
 * @param defaultRateBp     probability, in basis points, that the obligor pays none of its vouchers at maturity
 * @param recoveryRateBp    share of a defaulted voucher's principal recovered, in basis points; the rest is lost
 * @param recoveryDelayDays days after the voucher's maturity that the recovery is collected
 */
public record ObligorAssumptions(int defaultRateBp, int recoveryRateBp, int recoveryDelayDays) {
}
