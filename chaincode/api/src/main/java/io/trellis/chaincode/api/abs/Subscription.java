package io.trellis.chaincode.api.abs;

/**
 * An investor's order for units of one tranche; one per investor and tranche.
 *
 * @param investorId   the investor's party id
 * @param trancheClass the tranche
 * @param units        units ordered, each of {@link TrancheTerms#UNIT_MINOR} minor units
 */
public record Subscription(String investorId, TrancheClass trancheClass, long units) {
}
