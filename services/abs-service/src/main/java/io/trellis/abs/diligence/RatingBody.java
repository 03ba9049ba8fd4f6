package io.trellis.abs.diligence;

import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /deals/{id}/ratings}: the calling rating agency grades a tranche of the structure. */
public record RatingBody(@NotNull TrancheClass trancheClass,
        @NotBlank @Schema(description = "1 to 10 letters, digits, + or -", example = "AAA") String grade) {

    RecordRatingRequest toRequest(String poolId) {
        return new RecordRatingRequest(poolId, trancheClass, grade);
    }
}
