package io.trellis.abs.offering;

import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /deals/{id}/orders}: the calling investor's order; a new one replaces its earlier order. */
public record OrderBody(@NotNull TrancheClass trancheClass,
        @NotNull @Positive @Schema(description = "units of 100.00 of the tranche", example = "4000") Long units) {

    SubscribeRequest toRequest(String poolId) {
        return new SubscribeRequest(poolId, trancheClass, units);
    }
}
