package io.trellis.abs.stress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /deals/{id}/stress}: the scenario. The deal's structure and pool come from the ledger, never
 * from the body. The limits are the engine's own (it refuses the same), checked here to name the field.
 */
public record StressBody(
        @NotNull @Valid
        @Schema(description = "assumptions for every obligor not named in byObligor") AssumptionsBody everyObligor,
        @Schema(description = "assumptions per obligor id; each must owe a voucher of the pool")
        Map<@NotBlank String, @NotNull @Valid AssumptionsBody> byObligor,
        @NotNull @Positive @Max(MAX_PATHS)
        @Schema(description = "random paths to run, at most 100,000 (so one request cannot take the machine)",
                example = "10000") Integer paths,
        @NotNull
        @Schema(description = "the paths are drawn from it: the same seed and deal give the same answer",
                example = "20260401") Long seed) {

    /** Paths one request may run: 10,000 paths of a 20-voucher pool take about 0.1 s on 2 cores. */
    static final int MAX_PATHS = 100_000;
    static final int MAX_RECOVERY_DELAY_DAYS = 3_650;

    StressScenario toScenario() {
        Map<String, ObligorAssumptions> overrides = new HashMap<>();
        if (byObligor != null) {
            byObligor.forEach((obligorId, assumptions) -> overrides.put(obligorId, assumptions.toAssumptions()));
        }
        return new StressScenario(everyObligor.toAssumptions(), overrides, paths, seed);
    }
}
