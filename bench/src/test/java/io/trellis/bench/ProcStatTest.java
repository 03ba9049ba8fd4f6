package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    static String statLine(int pid, String command, int group, long utime, long stime, long rssPages) {
        return pid + " (" + command + ") S 1 " + group + " " + group + " 0 -1 4194560 100 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 12 0 500 1000000 " + rssPages + " 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0";
    }

    @Test
    void reads_group_cpu_ticks_and_resident_pages() {
        ProcStat stat = ProcStat.parse(statLine(4242, "peer", 4200, 1500, 250, 9000));

        assertThat(stat).isEqualTo(new ProcStat(4242, 4200, 1750, 9000));
    }

    @Test
    void a_command_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        ProcStat stat = ProcStat.parse(statLine(7, "java (main) x", 7, 10, 5, 3));

        assertThat(stat.processGroup()).isEqualTo(7);
        assertThat(stat.cpuTicks()).isEqualTo(15);
        assertThat(stat.residentPages()).isEqualTo(3);
    }

    @Test
    void the_machine_is_busy_in_every_state_but_idle_and_iowait() {
        MachineStat machine = MachineStat.parse("cpu  100 5 50 1000 20 3 2 0 0 0");

        assertThat(machine.totalTicks()).isEqualTo(1180);
        assertThat(machine.busyTicks()).isEqualTo(160);
    }
}
