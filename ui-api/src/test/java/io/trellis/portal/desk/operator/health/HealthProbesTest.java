package io.trellis.portal.desk.operator.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trellis.portal.desk.operator.health.ComponentHealth.Reason;
import io.trellis.portal.desk.operator.health.HealthTarget.Group;
import io.trellis.portal.desk.operator.health.HealthTarget.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health page's probes against a tiny local HTTP server that plays well, sick, hanging and absent components. */
class HealthProbesTest {
    /** Generous for a loaded 2-core machine; the hanging handlers never answer anyway. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HttpServer server;
    /** Holds the hanging handlers until the test is over (they never answer within the timeout). */
    private final CountDownLatch release = new CountDownLatch(1);
    private HealthProbes probes;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        answer("/service/ready", 200, "{\"status\":\"UP\",\"checks\":[{\"name\":\"Database connections health check\",\"status\":\"UP\"}]}");
        answer("/relay/ready", 503, "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"ledger-events-relay\",\"status\":\"DOWN\"},"
                + "{\"name\":\"SmallRye Reactive Messaging - readiness check\",\"status\":\"UP\"}]}");
        answer("/peer/healthz", 200, "{\"status\":\"OK\",\"time\":\"2026-11-30T20:33:57Z\"}");
        answer("/orderer/healthz", 503, "{\"status\":\"Service Unavailable\",\"failed_checks\":[{\"component\":\"docker\","
                + "\"reason\":\"failed to connect\"}]}");
        answer("/discovery", 200, "{\"issuer\":\"http://127.0.0.1/realms/trellis\"}");
        answer("/not-a-health-endpoint", 404, "<html>not found</html>");
        server.createContext("/hangs", exchange -> {
            awaitRelease();
            exchange.close();
        });
        server.start();
        probes = new HealthProbes(TIMEOUT);
        // the first request of a JVM loads the HTTP client's classes, which must not count against a component
        probes.check(List.of(target("warm-up", Kind.HTTP_OK, "/discovery")));
    }

    @AfterEach
    void stop() {
        release.countDown();
        probes.close();
        server.stop(0);
    }

    @Test
    void a_ready_service_and_a_healthy_fabric_node_are_up_with_their_response_time() {
        Map<String, ComponentHealth> seen = check(
                target("scf_service", Kind.QUARKUS_READINESS, "/service/ready"),
                target("peer_bank", Kind.FABRIC_HEALTHZ, "/peer/healthz"),
                target("keycloak", Kind.HTTP_OK, "/discovery"));

        assertThat(seen.values()).allSatisfy(component -> {
            assertThat(component.up()).isTrue();
            assertThat(component.reason()).isEqualTo(Reason.WELL);
            assertThat(component.status()).isEqualTo(200);
            assertThat(component.millis()).isBetween(0L, TIMEOUT.toMillis());
            assertThat(component.failing()).isEmpty();
        });
    }

    @Test
    void a_service_or_node_that_answers_down_is_down_and_names_the_checks_that_fail() {
        Map<String, ComponentHealth> seen = check(
                target("ledger_events", Kind.QUARKUS_READINESS, "/relay/ready"),
                target("orderer", Kind.FABRIC_HEALTHZ, "/orderer/healthz"),
                target("abs_service", Kind.QUARKUS_READINESS, "/not-a-health-endpoint"));

        assertThat(seen.get("ledger_events").up()).isFalse();
        assertThat(seen.get("ledger_events").reason()).isEqualTo(Reason.UNWELL);
        assertThat(seen.get("ledger_events").status()).isEqualTo(503);
        assertThat(seen.get("ledger_events").failing()).containsExactly("ledger-events-relay");
        assertThat(seen.get("orderer").up()).isFalse();
        assertThat(seen.get("orderer").failing()).containsExactly("docker");
        assertThat(seen.get("abs_service").up()).isFalse();
        assertThat(seen.get("abs_service").status()).isEqualTo(404);
        assertThat(seen.get("abs_service").failing()).isEmpty();
    }

    @Test
    void components_that_hang_are_down_after_the_timeout_and_are_waited_for_side_by_side_not_one_after_another() {
        long start = System.nanoTime();
        List<ComponentHealth> answers = probes.check(List.of(
                target("peer_platform", Kind.FABRIC_HEALTHZ, "/hangs"),
                target("peer_bank", Kind.FABRIC_HEALTHZ, "/hangs"),
                target("peer_securities", Kind.FABRIC_HEALTHZ, "/hangs"),
                target("scf_service", Kind.QUARKUS_READINESS, "/service/ready")));
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        Map<String, ComponentHealth> seen = answers.stream()
                .collect(Collectors.toMap(c -> c.target().name(), Function.identity()));

        assertThat(seen.get("peer_platform").up()).isFalse();
        assertThat(seen.get("peer_platform").reason()).isEqualTo(Reason.NO_ANSWER_IN_TIME);
        assertThat(seen.get("peer_platform").millis()).isGreaterThanOrEqualTo(TIMEOUT.toMillis());
        assertThat(seen.get("peer_bank").reason()).isEqualTo(Reason.NO_ANSWER_IN_TIME);
        assertThat(seen.get("peer_securities").reason()).isEqualTo(Reason.NO_ANSWER_IN_TIME);
        assertThat(seen.get("scf_service").up()).as("a hanging component does not take the others down").isTrue();
        assertThat(answers).as("in the targets' order, whichever answered first").extracting(c -> c.target().name())
                .containsExactly("peer_platform", "peer_bank", "peer_securities", "scf_service");
        // one after another would take at least three timeouts
        assertThat(tookMillis).isGreaterThanOrEqualTo(TIMEOUT.toMillis()).isLessThan(3 * TIMEOUT.toMillis());
    }

    @Test
    void a_port_nobody_listens_on_is_unreachable_and_a_listening_port_is_up() throws IOException {
        int closed;
        try (ServerSocket gone = new ServerSocket(0)) {
            closed = gone.getLocalPort();
        }
        Map<String, ComponentHealth> seen = check(
                new HealthTarget("postgresql", Group.INFRASTRUCTURE, Kind.TCP_CONNECT,
                        URI.create("tcp://127.0.0.1:" + closed)),
                new HealthTarget("kafka", Group.INFRASTRUCTURE, Kind.TCP_CONNECT,
                        URI.create("tcp://127.0.0.1:" + server.getAddress().getPort())),
                new HealthTarget("settlement_service", Group.SERVICES, Kind.QUARKUS_READINESS,
                        URI.create("http://127.0.0.1:" + closed + "/q/health/ready")));

        assertThat(seen.get("postgresql").up()).isFalse();
        assertThat(seen.get("postgresql").reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(seen.get("settlement_service").up()).isFalse();
        assertThat(seen.get("settlement_service").reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(seen.get("kafka").up()).isTrue();
    }

    private Map<String, ComponentHealth> check(HealthTarget... targets) {
        return probes.check(List.of(targets)).stream()
                .collect(Collectors.toMap(c -> c.target().name(), Function.identity()));
    }

    private HealthTarget target(String name, Kind kind, String path) {
        return new HealthTarget(name, Group.SERVICES, kind,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> respond(exchange, status, body));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
