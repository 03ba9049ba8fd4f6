package io.trellis.bench;

/**
 * The machine's CPU counters from the first line of {@code /proc/stat}, in clock ticks summed over all cores.
 *
 * @param busyTicks  every state but idle and iowait
 * @param totalTicks every state
 */
record MachineStat(long busyTicks, long totalTicks) {

    static MachineStat parse(String cpuLine) {
        String[] f = cpuLine.trim().split(" +");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
        }
        long total = 0;
        // user nice system idle iowait irq softirq steal; guest times are already inside user and nice.
        for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
        return new MachineStat(total - idle, total);
    }
}
