package io.trellis.abs.deal;

import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tranche of a structure: its principal in whole units of 100.00, its annual coupon in basis points. */
public record TrancheBody(@NotNull TrancheClass trancheClass, @NotNull @Valid AmountBody principal,
        @NotNull @Schema(description = "annual coupon in basis points, actual/365; 0 for the subordinated tranche",
                example = "300") Integer couponBp) {

    TrancheTerms toTerms() {
        return new TrancheTerms(trancheClass, principal.toMoney(), couponBp);
    }
}
