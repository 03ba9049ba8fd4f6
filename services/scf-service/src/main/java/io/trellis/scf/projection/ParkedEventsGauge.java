package io.trellis.scf.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Publishes how many events wait for a row that has not been projected yet. A parked event normally lives
 * for moments; a count that stays above zero means an aggregate's creating event never arrived, which an
 * operator must see (/q/metrics: trellis_projection_parked_events).
 */
@ApplicationScoped
public class ParkedEventsGauge {

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        // A lambda, not ParkedEvent::count: Panache generates count() on the entity class, which a method
        // reference would bypass for the base class's placeholder.
        Gauge.builder("trellis.projection.parked.events",
                        () -> QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count()))
                .description("Ledger events waiting for the row they change")
                .register(registry);
    }
}
