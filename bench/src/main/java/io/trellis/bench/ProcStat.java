package io.trellis.bench;

/**
 * The fields of one {@code /proc/<pid>/stat} line the benchmark needs. CPU times are in clock ticks
 * (USER_HZ, which Linux fixes at 100 per second for everything it shows user space).
 *
 * @param pid          process id
 * @param processGroup process group id: a stack component and every process it started share one
 * @param cpuTicks     user plus system time of all the process's threads
 * @param residentPages resident set size in pages
 */
record ProcStat(int pid, int processGroup, long cpuTicks, long residentPages) {
    static final int TICKS_PER_SECOND = 100;

    /** Parses a stat line; the command name may hold spaces and parentheses, so fields are counted from its end. */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc stat line: " + line);
        }
        int pid = Integer.parseInt(line.substring(0, open).trim());
        // After "(comm) ": state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt,
        // utime, stime, cutime, cstime, priority, nice, num_threads, itrealvalue, starttime, vsize, rss.
        String[] f = line.substring(close + 2).trim().split(" +");
        long cpuTicks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return new ProcStat(pid, Integer.parseInt(f[2]), cpuTicks, Long.parseLong(f[21]));
    }
}
