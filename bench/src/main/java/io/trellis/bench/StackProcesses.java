package io.trellis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the CPU time of the stack's processes and of this benchmark. Components are found by their pid files
 * ({@code .trellis/run/<name>.pid}); each was started in its own session, so the pid is its process group,
 * and the group's sum covers whatever it forked (PostgreSQL's backends, a launcher's JVM).
 */
final class StackProcesses {
    static final String BENCH = "bench";
    /** x86-64 and arm64 Linux as deployed here use 4 KiB pages. */
    private static final long PAGE_KIB = 4;

    private final Path proc;
    private final Map<String, Integer> groups;
    private final int self;

    StackProcesses(Path proc, Map<String, Integer> groups, int self) {
        this.proc = proc;
        this.groups = Map.copyOf(groups);
        this.self = self;
    }

    /** The components with a pid file in {@code runDirectory}, and this JVM. */
    static StackProcesses of(Path runDirectory) {
        Map<String, Integer> groups = new TreeMap<>();
        try (Stream<Path> files = Files.list(runDirectory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(f -> {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                groups.put(name, Integer.parseInt(read(f).trim()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pid files in " + runDirectory, e);
        }
        return new StackProcesses(Path.of("/proc"), groups, (int) ProcessHandle.current().pid());
    }

    CpuSample sample() {
        Map<String, Long> ticks = new TreeMap<>();
        Map<String, Long> resident = new TreeMap<>();
        groups.keySet().forEach(name -> {
            ticks.put(name, 0L);
            resident.put(name, 0L);
        });
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(dir -> {
                String line = readIfAlive(dir.resolve("stat"));
                if (line == null) {
                    return;
                }
                ProcStat stat = ProcStat.parse(line);
                groups.forEach((name, group) -> {
                    if (stat.processGroup() == group) {
                        add(ticks, resident, name, stat);
                    }
                });
                if (stat.pid() == self) {
                    add(ticks, resident, BENCH, stat);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + proc, e);
        }
        return new CpuSample(ticks, resident, machine());
    }

    /** Cores the whole machine kept busy over the next {@code period}, e.g. to see whether it is quiet. */
    double busyCoresOver(Duration period) throws InterruptedException {
        MachineStat before = machine();
        Thread.sleep(period);
        MachineStat after = machine();
        return (after.busyTicks() - before.busyTicks()) / (period.toNanos() / 1e9 * ProcStat.TICKS_PER_SECOND);
    }

    private MachineStat machine() {
        return MachineStat.parse(read(proc.resolve("stat")).lines().findFirst().orElseThrow());
    }

    private static void add(Map<String, Long> ticks, Map<String, Long> resident, String name, ProcStat stat) {
        ticks.merge(name, stat.cpuTicks(), Long::sum);
        resident.merge(name, stat.residentPages() * PAGE_KIB, Long::sum);
    }

    /** A process may end between listing and reading (no such file, or ESRCH): then it is simply not there. */
    private static String readIfAlive(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
