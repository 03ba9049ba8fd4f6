package io.trellis.portal.desk.operator.health;

import io.trellis.portal.desk.operator.health.HealthTarget.Group;
import io.trellis.portal.desk.operator.health.HealthTarget.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The components the health page shows, in its order: the services the portal calls (at the addresses of its own
 * REST clients), the Fabric network's nodes and the infrastructure (Keycloak, PostgreSQL, Kafka).
 */
@ApplicationScoped
public class HealthTargets {
    /** A service by its name on the page and the key of the portal's REST client that calls it. */
    private record Service(String name, String clientKey) {
    }

    private static final List<Service> SERVICES = List.of(new Service("scf_service", "scf"),
            new Service("ledger_events", "ledger-events"), new Service("abs_service", "abs"),
            new Service("settlement_service", "settlement"));

    private final List<HealthTarget> targets;

    @Inject
    public HealthTargets(HealthConfig health, Config config) {
        List<HealthTarget> all = new ArrayList<>();
        for (Service service : SERVICES) {
            config.getOptionalValue("quarkus.rest-client." + service.clientKey() + ".url", String.class)
                    .ifPresent(url -> add(all, service.name(), Group.SERVICES, Kind.QUARKUS_READINESS,
                            stripSlash(url) + "/q/health/ready"));
        }
        add(all, "orderer", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.orderer());
        add(all, "peer_platform", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.peerPlatform());
        add(all, "peer_bank", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.peerBank());
        add(all, "peer_securities", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.peerSecurities());
        add(all, "ca_platform", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.caPlatform());
        add(all, "ca_bank", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.caBank());
        add(all, "ca_securities", Group.FABRIC, Kind.FABRIC_HEALTHZ, health.caSecurities());
        Optional<String> keycloak = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        keycloak.ifPresent(realm -> add(all, "keycloak", Group.INFRASTRUCTURE, Kind.HTTP_OK,
                stripSlash(realm) + "/.well-known/openid-configuration"));
        add(all, "postgresql", Group.INFRASTRUCTURE, Kind.TCP_CONNECT, health.postgresql());
        add(all, "kafka", Group.INFRASTRUCTURE, Kind.TCP_CONNECT, health.kafka());
        this.targets = List.copyOf(all);
    }

    public List<HealthTarget> all() {
        return targets;
    }

    private static void add(List<HealthTarget> all, String name, Group group, Kind kind, String address) {
        if (!HealthConfig.OFF.equals(address)) {
            all.add(new HealthTarget(name, group, kind, URI.create(address)));
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
