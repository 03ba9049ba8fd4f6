package io.trellis.abs.stress;

import java.util.List;

/**
 * The answer of a stress test.
 *
 * @param paths            paths run
 * @param seed             the seed they were drawn from
 * @param pathsWithTrigger paths on which the default trigger hit
 * @param tranches         one answer per tranche, most senior first
 */
public record StressResult(int paths, long seed, int pathsWithTrigger, List<TrancheStress> tranches) {
    public StressResult {
        tranches = List.copyOf(tranches);
    }
}
