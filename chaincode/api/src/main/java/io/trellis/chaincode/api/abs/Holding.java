package io.trellis.chaincode.api.abs;

/**
 * Units of one tranche held by one investor.
 *
 * @param investorId   the investor's party id
 * @param trancheClass the tranche
 * @param units        units held
 */
public record Holding(String investorId, TrancheClass trancheClass, long units) {
}
