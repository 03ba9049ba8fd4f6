package io.trellis.settlement.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopClientConfigTest {
    /** What the chart sets through KAFKA_* variables (Quarkus hands them to the clients as kafka.*). */
    private static final Map<String, Object> SECURED = Map.of(
            "bootstrap.servers", "kafka-0.example:9094",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"s\" password=\"p\";",
            "ssl.truststore.type", "PEM",
            "ssl.truststore.location", "/etc/trellis/kafka/ca.crt");

    private final LoopClientConfig config = new LoopClientConfig(SECURED);

    @Test
    void the_consumer_and_the_producer_connect_with_the_services_tls_and_sasl_settings() {
        assertThat(config.consumer("settlement-service-payments", 200)).containsAllEntriesOf(SECURED);
        assertThat(config.producer("settlement-service-payments")).containsAllEntriesOf(SECURED);
    }

    @Test
    void the_consumer_reads_committed_records_only_whatever_the_service_settings_say() {
        LoopClientConfig lax = new LoopClientConfig(Map.of("bootstrap.servers", "k:9092",
                "isolation.level", "read_uncommitted", "enable.auto.commit", true));
        Map<String, Object> consumer = lax.consumer("settlement-service-payouts", 50);
        assertThat(consumer).containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("group.id", "settlement-service-payouts")
                .containsEntry("max.poll.records", 50);
    }

    @Test
    void a_crashed_instance_gives_its_partitions_up_within_ten_seconds_not_kafkas_default_45() {
        assertThat(config.consumer("settlement-service-payments", 200)).containsEntry("session.timeout.ms", 10_000);
    }

    @Test
    void the_producer_is_transactional_under_the_loops_id() {
        assertThat(config.producer("settlement-service-reconciliation"))
                .containsEntry("transactional.id", "settlement-service-reconciliation")
                .containsEntry("enable.idempotence", true)
                .containsEntry("acks", "all");
    }
}
