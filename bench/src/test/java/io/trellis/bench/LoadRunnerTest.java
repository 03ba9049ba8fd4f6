package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerConflictException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    /** Commits every call; each 4th needed a retry, each 10th fails with a conflict. */
    private static class ScriptedLedger implements LedgerClient {
        final AtomicLong calls = new AtomicLong();

        @Override
        @SuppressWarnings("unchecked")
        public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
            long n = calls.incrementAndGet();
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

    private static final FabricIdentity SOMEONE = someone();

    private static FabricIdentity someone() {
        try {
            return new FabricIdentity("PlatformMSP", mock(X509Certificate.class),
                    KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Workload NOOP = new Workload() {
        @Override
        public String name() {
            return "noop";
        }

        @Override
        public LedgerCall next(int client, long sequence) {
            return new LedgerCall(SOMEONE, "Noop", null, Map.of());
        }
    };

    @Test
    void an_unexpected_failure_in_a_client_fails_the_run() {
        LedgerClient broken = new ScriptedLedger() {
            @Override
            public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
                throw new IllegalStateException("bug in the client");
            }
        };

        assertThatThrownBy(() -> new LoadRunner(broken).run(NOOP, 2, Duration.ofMillis(50)))
                .hasMessageContaining("bug in the client");
    }

    @Test
    void every_call_is_counted_as_committed_retried_or_failed_by_code() throws Exception {
        ScriptedLedger ledger = new ScriptedLedger();

        RunResult result = new LoadRunner(ledger).run(NOOP, 4, Duration.ofMillis(200));

        long calls = ledger.calls.get();
        assertThat(calls).isGreaterThan(100);
        assertThat(result.committed() + result.failed()).isEqualTo(calls);
        assertThat(result.failures()).containsOnlyKeys(ErrorCode.LEDGER_CONFLICT);
        assertThat(result.failed()).isEqualTo(calls / 10);
        assertThat(result.latencies().count()).isEqualTo(result.committed());
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(result.committedPerSecond()).isPositive();
    }
}
