package io.trellis.chaincode.api.abs;

/** Arguments of {@code RecordRating}; the calling service provider is the rating agency. */
public record RecordRatingRequest(String poolId, TrancheClass trancheClass, String grade) {
}
