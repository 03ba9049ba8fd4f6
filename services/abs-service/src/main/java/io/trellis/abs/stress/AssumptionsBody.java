package io.trellis.abs.stress;

import io.trellis.abs.rules.BasisPoints;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a stress scenario assumes of an obligor: default and recovery rates in basis points, recovery delay. */
public record AssumptionsBody(
        @NotNull @PositiveOrZero @Max(BasisPoints.WHOLE)
        @Schema(description = "probability that the obligor pays none of its vouchers at maturity, bp",
                example = "500") Integer defaultRateBp,
        @NotNull @PositiveOrZero @Max(BasisPoints.WHOLE)
        @Schema(description = "share of a defaulted voucher recovered, bp; the rest is lost", example = "4000")
        Integer recoveryRateBp,
        @NotNull @PositiveOrZero @Max(StressBody.MAX_RECOVERY_DELAY_DAYS)
        @Schema(description = "days after maturity that the recovery comes in", example = "180")
        Integer recoveryDelayDays) {

    ObligorAssumptions toAssumptions() {
        return new ObligorAssumptions(defaultRateBp, recoveryRateBp, recoveryDelayDays);
    }
}
