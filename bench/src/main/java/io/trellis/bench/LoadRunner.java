package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** N clients, each submitting its workload's calls back to back until the time is up. */
public final class LoadRunner {
    private final LedgerClient ledger;

    public LoadRunner(LedgerClient ledger) {
        this.ledger = ledger;
    }

    public RunResult run(Workload workload, int clients, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Client> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(workload, c, deadline);
            client.thread = Thread.ofPlatform().name("bench-client-" + c).start(client);
            running.add(client);
        }
        for (Client client : running) {
            client.thread.join();
            if (client.crash != null) {
                throw new IllegalStateException("client " + client.index + " failed: " + client.crash.getMessage(), client.crash);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<ErrorCode, Long> failures = new EnumMap<>(ErrorCode.class);
        long committed = 0;
        long retried = 0;
        for (Client client : running) {
            committed += client.committed;
            retried += client.retried;
            client.failures.forEach((code, count) -> failures.merge(code, count.get(), Long::sum));
        }
        return new RunResult(committed, retried, failures,
                Latencies.merge(running.stream().map(c -> c.latencies).toList()), elapsed);
    }

    private final class Client implements Runnable {
        private final Workload workload;
        private final int index;
        private final long deadline;
        private final Latencies latencies = new Latencies();
        private final Map<ErrorCode, AtomicLong> failures = new EnumMap<>(ErrorCode.class);
        private long committed;
        private long retried;
        private Thread thread;
        /** Anything but a ledger failure is a bug of the benchmark: it fails the run rather than skew it. */
        private volatile RuntimeException crash;

        Client(Workload workload, int index, long deadline) {
            this.workload = workload;
            this.index = index;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            try {
                submitUntilDeadline();
            } catch (RuntimeException e) {
                crash = e;
            }
        }

        private void submitUntilDeadline() {
            for (long sequence = 0; System.nanoTime() < deadline; sequence++) {
                long t0 = System.nanoTime();
                try {
                    Committed<Void> result = ledger.submit(workload.next(index, sequence), Void.class);
                    latencies.add(System.nanoTime() - t0);
                    committed++;
                    if (result.attempts() > 1) {
                        retried++;
                    }
                } catch (LedgerException e) {
                    failures.computeIfAbsent(e.code(), code -> new AtomicLong()).incrementAndGet();
                }
            }
        }
    }
}
