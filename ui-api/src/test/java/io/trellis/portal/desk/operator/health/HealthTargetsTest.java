package io.trellis.portal.desk.operator.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.trellis.portal.desk.operator.health.ComponentHealth.Reason;
import io.trellis.portal.desk.operator.health.HealthTarget.Group;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which components the health page asks, and where: the local stack's ports unless configured otherwise. */
class HealthTargetsTest {
    private static final Map<String, String> PORTAL = Map.of(
            "quarkus.rest-client.scf.url", "http://127.0.0.1:${SCF_SERVICE_PORT:8081}",
            "quarkus.rest-client.abs.url", "http://127.0.0.1:8083/",
            "quarkus.rest-client.settlement.url", "http://127.0.0.1:8084",
            "quarkus.rest-client.ledger-events.url", "http://127.0.0.1:8082",
            "quarkus.oidc.auth-server-url", "http://127.0.0.1:8180/realms/trellis");

    @Test
    void by_default_it_asks_the_services_at_the_portals_own_client_addresses_and_the_stacks_fabric_and_infrastructure_ports() {
        HealthTargets targets = targets(Map.of());

        assertThat(targets.all()).extracting(HealthTarget::name).containsExactly("scf_service", "ledger_events",
                "abs_service", "settlement_service", "orderer", "peer_platform", "peer_bank", "peer_securities",
                "ca_platform", "ca_bank", "ca_securities", "keycloak", "postgresql", "kafka");
        assertThat(addresses(targets)).containsEntry("scf_service", "http://127.0.0.1:8081/q/health/ready")
                .containsEntry("abs_service", "http://127.0.0.1:8083/q/health/ready")
                .containsEntry("orderer", "http://127.0.0.1:9443/healthz")
                .containsEntry("peer_platform", "http://127.0.0.1:9444/healthz")
                .containsEntry("peer_bank", "http://127.0.0.1:9445/healthz")
                .containsEntry("peer_securities", "http://127.0.0.1:9446/healthz")
                .containsEntry("ca_platform", "http://127.0.0.1:9447/healthz")
                .containsEntry("ca_securities", "http://127.0.0.1:9449/healthz")
                .containsEntry("keycloak", "http://127.0.0.1:8180/realms/trellis/.well-known/openid-configuration")
                .containsEntry("postgresql", "tcp://127.0.0.1:5433")
                .containsEntry("kafka", "tcp://127.0.0.1:9092");
    }

    @Test
    void the_stacks_port_variables_move_the_fabric_addresses_and_off_leaves_a_component_out() {
        HealthTargets targets = targets(Map.of("PEER_BANK_OPS_PORT", "19445", "KAFKA_PORT", "19092",
                "trellis.portal.health.postgresql", "off", "trellis.portal.health.ca-bank", "off"));

        assertThat(addresses(targets)).containsEntry("peer_bank", "http://127.0.0.1:19445/healthz")
                .containsEntry("kafka", "tcp://127.0.0.1:19092")
                .doesNotContainKeys("postgresql", "ca_bank");
    }

    @Test
    void every_component_section_and_reason_has_a_label_in_both_languages() {
        List<String> keys = Stream.of(
                        targets(Map.of()).all().stream()
                                .map(t -> new ComponentHealth(t, true, 0, Reason.WELL, 200, List.of()).nameKey()),
                        Stream.of(Group.values()).map(Group::labelKey),
                        Stream.of(Reason.values()).map(r -> "operator_health_reason_" + r.name()))
                .flatMap(s -> s).toList();

        for (Lang lang : Lang.values()) {
            assertThat(keys).as(lang.name()).allSatisfy(key -> assertThat(MessageCatalog.get().has(lang, key))
                    .as(key).isTrue());
        }
    }

    @Test
    void the_timeout_is_short_by_default() {
        assertThat(mapping(Map.of()).timeout()).isEqualTo(Duration.ofMillis(1500));
    }

    private static HealthTargets targets(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(PORTAL);
        all.putAll(more);
        SmallRyeConfig config = config(all);
        return new HealthTargets(config.getConfigMapping(HealthConfig.class), config);
    }

    private static HealthConfig mapping(Map<String, String> properties) {
        return config(properties).getConfigMapping(HealthConfig.class);
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withMapping(HealthConfig.class).build();
    }

    private static Map<String, String> addresses(HealthTargets targets) {
        Map<String, String> addresses = new HashMap<>();
        targets.all().forEach(t -> addresses.put(t.name(), t.address().toString()));
        return addresses;
    }
}
