package io.trellis.bench;

import java.util.Map;

/**
 * CPU time used so far, at one instant: per named process (group) and by the whole machine.
 *
 * @param ticks     clock ticks per process name
 * @param residentKiB resident memory per process name
 * @param machine   the machine's counters
 */
record CpuSample(Map<String, Long> ticks, Map<String, Long> residentKiB, MachineStat machine) {
}
