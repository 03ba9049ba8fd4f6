package io.trellis.scf.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every Kafka channel the service reads skips what an aborted producer transaction wrote. */
class KafkaConsumerConfigTest {
    private static final String INCOMING = "mp.messaging.incoming.";

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KafkaConsumerConfigTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void every_incoming_kafka_channel_reads_only_committed_transactions() throws IOException {
        Properties properties = applicationProperties();
        Set<String> kafkaChannels = properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".connector"))
                .filter(name -> properties.getProperty(name).equals("smallrye-kafka"))
                .map(name -> name.substring(INCOMING.length(), name.length() - ".connector".length()))
                .collect(Collectors.toSet());

        assertThat(kafkaChannels).contains("ledger-events");
        assertThat(kafkaChannels).allSatisfy(channel ->
                assertThat(properties.getProperty(INCOMING + channel + ".isolation.level"))
                        .as("isolation.level of channel %s", channel).isEqualTo("read_committed"));
    }
}
