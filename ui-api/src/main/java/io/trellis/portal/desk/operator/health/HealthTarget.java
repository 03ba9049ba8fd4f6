package io.trellis.portal.desk.operator.health;

import java.net.URI;
import java.util.Locale;

/**
 * A component of the platform whose health the operator's desk shows, and how to ask it.
 *
 * @param name    short name, also the key of its label ({@code operator_component_<name>})
 * @param address where it answers: an http(s) URL, or {@code tcp://host:port} for {@link Kind#TCP_CONNECT}
 */
public record HealthTarget(String name, Group group, Kind kind, URI address) {

    /** The sections of the health page. */
    public enum Group {
        SERVICES,
        FABRIC,
        INFRASTRUCTURE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String labelKey() {
            return "operator_health_group_" + id();
        }
    }

    /** What the component answers when it is well. */
    public enum Kind {
        /** A Quarkus service's {@code /q/health/ready}: 200 and status UP; a 503 names its checks that are DOWN. */
        QUARKUS_READINESS,
        /** A Fabric node's operations {@code /healthz}: 200 {"status":"OK"}; a 503 names its failed checks. */
        FABRIC_HEALTHZ,
        /** Any endpoint that answers 2xx when its component works (Keycloak's OIDC discovery document). */
        HTTP_OK,
        /** A port that accepts a connection (PostgreSQL, Kafka): it listens, nothing more is claimed. */
        TCP_CONNECT
    }
}
