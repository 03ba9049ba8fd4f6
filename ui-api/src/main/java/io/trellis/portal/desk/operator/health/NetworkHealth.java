package io.trellis.portal.desk.operator.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

/** The platform's health now: every configured component asked in parallel. */
@ApplicationScoped
public class NetworkHealth {
    private final HealthTargets targets;
    private final HealthProbes probes;

    @Inject
    public NetworkHealth(HealthTargets targets, HealthConfig config) {
        this.targets = targets;
        this.probes = new HealthProbes(config.timeout());
    }

    public HealthReport now() {
        OffsetDateTime checkedAt = OffsetDateTime.now();
        long start = System.nanoTime();
        return new HealthReport(probes.check(targets.all()), checkedAt,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    @PreDestroy
    void close() {
        probes.close();
    }
}
