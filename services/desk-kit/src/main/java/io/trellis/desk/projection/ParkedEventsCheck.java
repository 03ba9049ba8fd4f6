package io.trellis.desk.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Says how many events wait for a row that has not been projected yet (/q/health/well). A parked event
 * normally lives for moments; one that stays means an aggregate's creating event never arrived, which an
 * operator must see. A wellness check: it informs, and takes the service out of neither readiness nor liveness.
 */
@Wellness
@ApplicationScoped
public class ParkedEventsCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        // A lambda, not ParkedEvent::count: Panache generates count() on the entity class itself.
        long parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count());
        return HealthCheckResponse.named("parked-ledger-events")
                .status(parked == 0)
                .withData("parkedEvents", parked)
                .build();
    }
}
