package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerConflictException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class LoadRunnerTest {
    private static final FabricIdentity SOMEONE = Identities.of("PlatformMSP");
    private static final Duration NO_WARMUP = Duration.ZERO;

    /** Takes 2 ms a call; each 4th call needed a retry, each 10th fails with a conflict. */
    private static class ScriptedLedger implements LedgerClient {
        final AtomicLong calls = new AtomicLong();
        final List<Long> finishedAt = new CopyOnWriteArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
            LockSupport.parkNanos(2_000_000);
            long n = calls.incrementAndGet();
            finishedAt.add(System.nanoTime());
            if (n % 10 == 0) {
                throw new LedgerConflictException(call.transaction(), 8);
            }
            return new Committed<>(null, "tx" + n, n, n % 4 == 0 ? 2 : 1);
        }

        @Override
        public <T> T evaluate(LedgerCall call, Class<T> resultType) {
            throw new AssertionError("the benchmark only submits");
        }
    }

    /** Records every (client, sequence) it is asked for, and every commit it is told of. */
    private static class RecordingWorkload implements LedgerWorkload {
        final Set<String> asked = ConcurrentHashMap.newKeySet();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong commits = new AtomicLong();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public LedgerCall next(int client, long sequence) {
            calls.incrementAndGet();
            if (!asked.add(client + "/" + sequence)) {
                throw new AssertionError("call " + client + "/" + sequence + " asked twice");
            }
            return new LedgerCall(SOMEONE, "Noop", null, Map.of());
        }

        @Override
        public void committed(int client) {
            commits.incrementAndGet();
        }
    }

    @Test
    void an_unexpected_failure_in_a_client_fails_the_run() {
        LedgerClient broken = new ScriptedLedger() {
            @Override
            public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
                throw new IllegalStateException("bug in the client");
            }
        };

        assertThatThrownBy(() -> new LoadRunner(broken).run(new RecordingWorkload(), 2, NO_WARMUP,
                Duration.ofMillis(50), LoadRunner.WindowListener.NONE))
                .hasMessageContaining("bug in the client");
    }

    @Test
    void warm_up_and_window_are_one_run_that_never_asks_for_the_same_call_twice() throws Exception {
        RecordingWorkload workload = new RecordingWorkload();

        new LoadRunner(new ScriptedLedger()).run(workload, 3, Duration.ofMillis(100), Duration.ofMillis(100),
                LoadRunner.WindowListener.NONE);

        assertThat(workload.asked).hasSize((int) workload.calls.get());
        assertThat(workload.asked).contains("0/0", "1/0", "2/0", "0/1");
    }

    @Test
    void only_calls_that_finish_inside_the_window_count_and_the_rate_divides_by_the_window() throws Exception {
        ScriptedLedger ledger = new ScriptedLedger();
        long[] edges = new long[2];
        LoadRunner.WindowListener listener = new LoadRunner.WindowListener() {
            @Override
            public void opened() {
                edges[0] = System.nanoTime();
            }

            @Override
            public void closed() {
                edges[1] = System.nanoTime();
            }
        };

        RunResult result = new LoadRunner(ledger).run(new RecordingWorkload(), 4, Duration.ofMillis(150),
                Duration.ofMillis(300), listener);

        long inWindow = ledger.finishedAt.stream().filter(t -> t >= edges[0] && t < edges[1]).count();
        assertThat(ledger.calls.get()).isGreaterThan(inWindow);
        assertThat((double) result.committed() + result.failed()).isCloseTo(inWindow, withinPercentage(10));
        assertThat(result.window()).isEqualTo(Duration.ofMillis(300));
        assertThat(result.committedPerSecond()).isEqualTo(result.committed() / 0.3);
    }

    @Test
    void every_counted_call_is_committed_retried_or_failed_by_code() throws Exception {
        RunResult result = new LoadRunner(new ScriptedLedger()).run(new RecordingWorkload(), 4, NO_WARMUP,
                Duration.ofMillis(200), LoadRunner.WindowListener.NONE);

        assertThat(result.committed()).isGreaterThan(50);
        assertThat(result.failures()).containsOnlyKeys(ErrorCode.LEDGER_CONFLICT);
        assertThat(result.latencies().count()).isEqualTo(result.committed());
        assertThat(result.commits()).hasSize((int) result.committed());
        assertThat(result.transactionsPerBlock()).isEqualTo(1.0);
        assertThat(result.attempts()).isEqualTo(result.committed() + result.retried());
        assertThat(result.retried()).isPositive();
    }

    @Test
    void the_workload_hears_of_every_commit_and_of_nothing_else() throws Exception {
        ScriptedLedger ledger = new ScriptedLedger();
        RecordingWorkload workload = new RecordingWorkload();

        new LoadRunner(ledger).run(workload, 2, NO_WARMUP, Duration.ofMillis(100), LoadRunner.WindowListener.NONE);

        assertThat(workload.commits.get()).isEqualTo(ledger.calls.get() - ledger.calls.get() / 10);
    }

    @Test
    void a_client_that_runs_out_of_stock_stops_and_is_reported_without_failing_the_run() throws Exception {
        VoucherStock empty = new VoucherStock();
        Workload needsStock = new RecordingWorkload() {
            @Override
            public LedgerCall next(int client, long sequence) {
                if (client == 1) {
                    empty.take();
                }
                return super.next(client, sequence);
            }
        };

        RunResult result = new LoadRunner(new ScriptedLedger()).run(needsStock, 3, NO_WARMUP, Duration.ofMillis(100),
                LoadRunner.WindowListener.NONE);

        assertThat(result.exhaustedClients()).isEqualTo(1);
        assertThat(result.committed()).isPositive();
    }
}
