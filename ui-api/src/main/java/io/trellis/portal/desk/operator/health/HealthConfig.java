package io.trellis.portal.desk.operator.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where the health page asks the parts of the platform that are not the portal's REST clients (those are asked at
 * {@code quarkus.rest-client.<key>.url} + {@code /q/health/ready}, Keycloak at its OIDC discovery document). The
 * defaults are the local stack's ports (stack/trellis.env); {@value #OFF} leaves a component out (a deployment
 * whose portal may not reach it).
 */
@ConfigMapping(prefix = "trellis.portal.health")
public interface HealthConfig {
    String OFF = "off";

    /** How long a component may take to answer before it is shown down. */
    @WithDefault("1500ms")
    Duration timeout();

    @WithDefault("http://127.0.0.1:${ORDERER_OPS_PORT:9443}/healthz")
    String orderer();

    @WithDefault("http://127.0.0.1:${PEER_PLATFORM_OPS_PORT:9444}/healthz")
    String peerPlatform();

    @WithDefault("http://127.0.0.1:${PEER_BANK_OPS_PORT:9445}/healthz")
    String peerBank();

    @WithDefault("http://127.0.0.1:${PEER_SECURITIES_OPS_PORT:9446}/healthz")
    String peerSecurities();

    @WithDefault("http://127.0.0.1:${FABRIC_CA_PLATFORM_OPS_PORT:9447}/healthz")
    String caPlatform();

    @WithDefault("http://127.0.0.1:${FABRIC_CA_BANK_OPS_PORT:9448}/healthz")
    String caBank();

    @WithDefault("http://127.0.0.1:${FABRIC_CA_SECURITIES_OPS_PORT:9449}/healthz")
    String caSecurities();

    @WithDefault("tcp://127.0.0.1:${POSTGRES_PORT:5433}")
    String postgresql();

    @WithDefault("tcp://127.0.0.1:${KAFKA_PORT:9092}")
    String kafka();
}
