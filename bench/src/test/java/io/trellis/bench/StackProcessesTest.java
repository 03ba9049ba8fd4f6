package io.trellis.bench;

import static io.trellis.bench.ProcStatTest.statLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProcessesTest {
    @TempDir
    Path proc;

    private void process(int pid, int group, long ticks) throws IOException {
        Files.createDirectories(proc.resolve(Integer.toString(pid)));
        Files.writeString(proc.resolve(pid + "/stat"), statLine(pid, "p" + pid, group, ticks, 0, 256));
    }

    @Test
    void a_component_is_its_whole_process_group_and_the_bench_is_its_own_process() throws IOException {
        process(100, 100, 40);       // postgres
        process(101, 100, 2);        // one of its backends
        process(200, 200, 7);        // a peer
        process(300, 300, 11);       // this JVM, in a group of its own
        process(400, 400, 99);       // something else on the machine
        Files.createDirectories(proc.resolve("sys"));
        Files.writeString(proc.resolve("stat"), "cpu  100 0 50 1000 20 0 0 0 0 0\ncpu0 1 1 1 1 1 1 1 1\n");

        CpuSample sample = new StackProcesses(proc, Map.of("postgres", 100, "peer-bank", 200), 300).sample();

        assertThat(sample.ticks())
                .containsExactlyInAnyOrderEntriesOf(Map.of("postgres", 42L, "peer-bank", 7L, "bench", 11L));
        assertThat(sample.residentKiB()).containsEntry("postgres", 2 * 256 * 4L);
        assertThat(sample.machine()).isEqualTo(new MachineStat(150, 1170));
    }

    @Test
    void a_component_that_is_not_running_counts_zero() throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  1 0 0 1 0 0 0 0\n");

        CpuSample sample = new StackProcesses(proc, Map.of("kafka", 555), 1).sample();

        assertThat(sample.ticks()).containsEntry("kafka", 0L);
    }

    @Test
    void components_are_found_by_their_pid_files() throws IOException {
        Path run = proc.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("orderer0.pid"), "1234\n");
        Files.writeString(run.resolve("fabric.origin"), "cache");

        assertThat(StackProcesses.of(run).sample().ticks())
                .containsKeys("orderer0", "bench").doesNotContainKey("fabric");
    }
}
