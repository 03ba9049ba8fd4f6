package io.trellis.portal.desk.operator.health;

import io.trellis.portal.desk.operator.health.ComponentHealth.Reason;
import io.trellis.portal.desk.operator.health.HealthTarget.Kind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asks every component at once and gives each the same short timeout, so the page takes as long as the slowest
 * answer within it, and a component that is down or hangs is shown down without holding up the others.
 */
public final class HealthProbes implements AutoCloseable {
    private final Duration timeout;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;

    public HealthProbes(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: a cleartext HTTP/2 upgrade makes every other request to the same address wait for the first
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).executor(threads).build();
    }

    /** Every target's health, in the targets' order. */
    public List<ComponentHealth> check(List<HealthTarget> targets) {
        List<CompletableFuture<ComponentHealth>> asked = targets.stream().map(this::ask).toList();
        return asked.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<ComponentHealth> ask(HealthTarget target) {
        long start = System.nanoTime();
        CompletableFuture<ComponentHealth> answer = target.kind() == Kind.TCP_CONNECT ? connect(target, start)
                : get(target, start);
        // a body that trickles in after the headers is bounded too
        return answer.completeOnTimeout(ComponentHealth.silent(target, timeout.toMillis(), Reason.NO_ANSWER_IN_TIME),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<ComponentHealth> get(HealthTarget target, long start) {
        HttpRequest request = HttpRequest.newBuilder(target.address()).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure == null
                        ? HealthAnswers.read(target, response.statusCode(), response.body(), since(start))
                        : ComponentHealth.silent(target, since(start), reasonOf(failure)));
    }

    private CompletableFuture<ComponentHealth> connect(HealthTarget target, long start) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(target.address().getHost(), target.address().getPort()),
                        (int) timeout.toMillis());
                return ComponentHealth.answered(target, true, since(start), 0, List.of());
            } catch (IOException failure) {
                return ComponentHealth.silent(target, since(start), reasonOf(failure));
            }
        }, threads);
    }

    private static Reason reasonOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException
                ? Reason.NO_ANSWER_IN_TIME
                : Reason.UNREACHABLE;
    }

    private static long since(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        http.shutdownNow();
        threads.shutdownNow();
    }
}
