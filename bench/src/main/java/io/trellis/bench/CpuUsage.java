package io.trellis.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU used during a measured window, from counters read as it opened and closed.
 *
 * @param busyCores  cores the whole machine kept busy on average
 * @param msPerTx    the machine's CPU milliseconds per committed transaction
 * @param otherCores busy cores not accounted to any process below (other work on the machine)
 * @param processes  each stack component and the benchmark itself, busiest first
 */
public record CpuUsage(double busyCores, double msPerTx, double otherCores, List<ProcessCpu> processes) {

    /**
     * @param cores       cores of all processes' threads, on average over the window
     * @param msPerTx     CPU milliseconds per committed transaction
     * @param residentMiB resident memory at the end of the window
     */
    public record ProcessCpu(String name, double cores, double msPerTx, long residentMiB) {
    }

    static CpuUsage between(CpuSample before, CpuSample after, Duration window, long committed) {
        double seconds = window.toNanos() / 1e9;
        List<ProcessCpu> processes = new ArrayList<>();
        double accounted = 0;
        for (var entry : after.ticks().entrySet()) {
            long ticks = entry.getValue() - before.ticks().getOrDefault(entry.getKey(), 0L);
            double cores = ticks / (seconds * ProcStat.TICKS_PER_SECOND);
            accounted += cores;
            processes.add(new ProcessCpu(entry.getKey(), Round.two(cores), msPerTx(ticks, committed),
                    after.residentKiB().getOrDefault(entry.getKey(), 0L) / 1024));
        }
        processes.sort((a, b) -> Double.compare(b.cores(), a.cores()));
        long busy = after.machine().busyTicks() - before.machine().busyTicks();
        double busyCores = busy / (seconds * ProcStat.TICKS_PER_SECOND);
        double other = Math.max(0, busyCores - accounted);
        return new CpuUsage(Round.two(busyCores), msPerTx(busy, committed), Round.two(other), List.copyOf(processes));
    }

    private static double msPerTx(long ticks, long committed) {
        return committed == 0 ? 0 : Round.two(ticks * 1000.0 / ProcStat.TICKS_PER_SECOND / committed);
    }

    /** The process called {@code name}, if it was measured. */
    public ProcessCpu process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
