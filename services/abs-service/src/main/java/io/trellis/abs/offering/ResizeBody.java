package io.trellis.abs.offering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /deals/{id}/tranches/{trancheClass}/resize}: the tranche's new size in units. */
public record ResizeBody(@NotNull @Positive @Schema(description = "from 1 to one unit less than offered",
        example = "1200") Long units) {
}
