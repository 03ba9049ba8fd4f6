package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/**
 * One tranche of a deal.
 *
 * @param trancheClass seniority
 * @param principal    face amount; a whole number of units of {@link #UNIT_MINOR} minor units
 * @param couponBp     annual coupon in basis points (actual/365); zero for the subordinated tranche
 */
public record TrancheTerms(TrancheClass trancheClass, Money principal, int couponBp) {
    /** One unit of a tranche is 100.00 of its currency. */
    public static final long UNIT_MINOR = 10_000L;

    public long units() {
        return principal.minor() / UNIT_MINOR;
    }
}
