package io.trellis.abs.stress;

import java.util.Map;

/**
 * The scenario to run: assumptions for every obligor, optionally overridden per obligor, over a number of
 * random paths drawn from a seed.
 *
 * @param everyObligor assumptions for any obligor not named in {@code byObligor}
 * @param byObligor    assumptions per obligor id; each id must owe a voucher of the pool
 * @param paths        how many paths to draw, 1 to {@link StressRequests#MAX_PATHS}
 * @param seed         the same seed and inputs give the same answer, whatever the number of threads
 */
public record StressScenario(ObligorAssumptions everyObligor, Map<String, ObligorAssumptions> byObligor, int paths,
                             long seed) {
    public StressScenario {
        byObligor = byObligor == null ? Map.of() : Map.copyOf(byObligor);
    }

    /** The assumptions that hold for {@code obligorId}. */
    public ObligorAssumptions of(String obligorId) {
        return byObligor.getOrDefault(obligorId, everyObligor);
    }
}
