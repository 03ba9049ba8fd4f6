package io.trellis.bench;

import java.time.Duration;

/** Reads the CPU counters exactly as the measured window opens and closes. */
final class CpuWindow implements LoadRunner.WindowListener {
    private final StackProcesses processes;
    private CpuSample opened;
    private CpuSample closed;

    CpuWindow(StackProcesses processes) {
        this.processes = processes;
    }

    @Override
    public void opened() {
        opened = processes.sample();
    }

    @Override
    public void closed() {
        closed = processes.sample();
    }

    CpuUsage usage(Duration window, long committed) {
        if (opened == null || closed == null) {
            throw new IllegalStateException("the window has not closed yet");
        }
        return CpuUsage.between(opened, closed, window, committed);
    }
}
