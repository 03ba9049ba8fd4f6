package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * N clients, each submitting its workload's calls back to back: a warm-up, then the measured window, in one
 * continuous run (no pause for clients to stop and start again, and one sequence per client throughout, so
 * no call is repeated). Only calls that finish inside the window count, and rates divide by the window.
 */
public final class LoadRunner {
    private final LedgerClient ledger;

    /** Told when the measured window opens and closes, e.g. to read CPU counters exactly then. */
    public interface WindowListener {
        WindowListener NONE = new WindowListener() {
        };

        default void opened() {
        }

        default void closed() {
        }
    }

    public LoadRunner(LedgerClient ledger) {
        this.ledger = ledger;
    }

    public RunResult run(Workload workload, int clients, Duration warmup, Duration window, WindowListener listener)
            throws InterruptedException {
        long start = System.nanoTime();
        Window measured = new Window(start + warmup.toNanos(), start + warmup.toNanos() + window.toNanos());
        List<Client> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(workload, c, measured);
            client.thread = Thread.ofPlatform().name("bench-client-" + c).start(client);
            running.add(client);
        }
        sleepUntil(measured.start());
        listener.opened();
        sleepUntil(measured.end());
        listener.closed();
        for (Client client : running) {
            client.thread.join();
            if (client.crash != null) {
                throw new IllegalStateException("client " + client.index + " failed: " + client.crash.getMessage(),
                        client.crash);
            }
        }
        return collect(running, window);
    }

    private static RunResult collect(List<Client> clients, Duration window) {
        Map<ErrorCode, Long> failures = new EnumMap<>(ErrorCode.class);
        long committed = 0;
        long retried = 0;
        long attempts = 0;
        int exhausted = 0;
        List<RunResult.Commit> commits = new ArrayList<>();
        for (Client client : clients) {
            committed += client.committed;
            retried += client.retried;
            attempts += client.attempts;
            exhausted += client.exhausted ? 1 : 0;
            commits.addAll(client.commits);
            client.failures.forEach((code, count) -> failures.merge(code, count, Long::sum));
        }
        return new RunResult(committed, retried, attempts, failures,
                Latencies.merge(clients.stream().map(c -> c.latencies).toList()), window, commits, exhausted);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** The measured window on the {@link System#nanoTime()} scale. */
    record Window(long start, long end) {
        boolean contains(long nanoTime) {
            return nanoTime >= start && nanoTime < end;
        }
    }

    private final class Client implements Runnable {
        private final Workload workload;
        private final int index;
        private final Window window;
        private final Latencies latencies = new Latencies();
        private final Map<ErrorCode, Long> failures = new EnumMap<>(ErrorCode.class);
        private final List<RunResult.Commit> commits = new ArrayList<>();
        private long committed;
        private long retried;
        private long attempts;
        private boolean exhausted;
        private Thread thread;
        /** Anything but a ledger failure is a bug of the benchmark: it fails the run rather than skew it. */
        private volatile RuntimeException crash;

        Client(Workload workload, int index, Window window) {
            this.workload = workload;
            this.index = index;
            this.window = window;
        }

        @Override
        public void run() {
            try {
                submitUntilWindowCloses();
            } catch (VoucherStock.ExhaustedException e) {
                exhausted = true;
            } catch (RuntimeException e) {
                crash = e;
            }
        }

        private void submitUntilWindowCloses() {
            for (long sequence = 0; System.nanoTime() < window.end(); sequence++) {
                long t0 = System.nanoTime();
                try {
                    Committed<?> result = workload.call(ledger, index, sequence);
                    long t1 = System.nanoTime();
                    workload.committed(index);
                    if (window.contains(t1)) {
                        count(result, t1 - t0);
                    }
                } catch (LedgerException e) {
                    if (window.contains(System.nanoTime())) {
                        failures.merge(e.code(), 1L, Long::sum);
                    }
                }
            }
        }

        private void count(Committed<?> result, long latencyNanos) {
            latencies.add(latencyNanos);
            committed++;
            attempts += result.attempts();
            if (result.attempts() > 1) {
                retried++;
            }
            commits.add(new RunResult.Commit(result.transactionId(), result.blockNumber(), Instant.now()));
        }
    }
}
