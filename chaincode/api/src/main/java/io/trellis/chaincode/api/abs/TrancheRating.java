package io.trellis.chaincode.api.abs;

/**
 * A rating agency's grade for one tranche.
 *
 * @param trancheClass the rated tranche
 * @param agencyId     the rating agency's party id
 * @param grade        the grade as the agency writes it, e.g. AAA
 */
public record TrancheRating(TrancheClass trancheClass, String agencyId, String grade) {
}
