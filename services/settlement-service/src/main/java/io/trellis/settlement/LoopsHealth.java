package io.trellis.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when every Kafka loop is connected and committing. */
@Readiness
@ApplicationScoped
public class LoopsHealth implements HealthCheck {
    private final SettlementLoops loops;

    LoopsHealth(SettlementLoops loops) {
        this.loops = loops;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("settlement-loops").up();
        loops.loops().forEach(loop -> {
            response.withData(loop.name() + ".committed", loop.committedRecords());
            if (!loop.healthy()) {
                response.down().withData(loop.name(), "restarting");
            }
        });
        return response.build();
    }
}
