package io.trellis.bench;

import java.util.Arrays;

/** Latency samples of one client, merged at the end; percentiles by nearest rank. */
public final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    public void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        return all;
    }

    public int count() {
        return size;
    }

    /** The smallest sample such that at least {@code percent}% of samples are at or below it. */
    public long percentileNanos(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1];
    }
}
