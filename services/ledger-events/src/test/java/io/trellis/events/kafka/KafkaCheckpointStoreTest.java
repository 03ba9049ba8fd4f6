package io.trellis.events.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaCheckpointStoreTest {

    @Test
    void the_checkpoint_reader_keeps_the_services_tls_and_sasl_settings() {
        Map<String, Object> secured = Map.of("bootstrap.servers", "kafka-0.example:9094",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/trellis/kafka/ca.crt");
        assertThat(KafkaCheckpointStore.readerConfig(secured)).containsAllEntriesOf(secured);
    }

    @Test
    void the_checkpoint_reader_reads_committed_records_only_whatever_the_services_settings_say() {
        Map<String, Object> lax = Map.of("bootstrap.servers", "k:9092", "isolation.level", "read_uncommitted");
        assertThat(KafkaCheckpointStore.readerConfig(lax)).containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", false);
    }
}
