package io.trellis.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the relay is streaming from the peer; otherwise says why not. */
@Readiness
@ApplicationScoped
public class RelayHealth implements HealthCheck {
    private final RelayRunner runner;

    RelayHealth(RelayRunner runner) {
        this.runner = runner;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ledger-events-relay")
                .status(runner.streaming())
                .withData("relayed", runner.relayedCount())
                .withData("lastFailure", String.valueOf(runner.lastFailure()))
                .build();
    }
}
