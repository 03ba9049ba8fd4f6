package io.trellis.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.trellis.events.kafka.KafkaCheckpointStore;
import io.trellis.events.kafka.KafkaEventSink;
import io.trellis.events.kafka.RelayTopics;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.events.GatewayEventSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs the relay on its own thread for the life of the service. When the stream fails (peer restart,
 * Kafka unavailable) it waits and resumes from the last committed checkpoint; nothing is skipped.
 */
@ApplicationScoped
public class RelayRunner {
    private static final Logger LOG = Logger.getLogger(RelayRunner.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final RelayConfig config;
    private final GatewayContractSource gateways;
    private final Map<String, Object> kafkaConfig;
    private final AtomicReference<String> lastFailure = new AtomicReference<>("not started");
    private volatile EventRelay relay;
    private volatile boolean streaming;
    private volatile boolean stopping;
    private Thread thread;

    RelayRunner(RelayConfig config, GatewayContractSource gateways, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.gateways = gateways;
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            lastFailure.set("disabled");
            return;
        }
        thread = Thread.ofPlatform().name("ledger-events-relay").start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        Duration backoff = Duration.ofSeconds(1);
        RelayTopics topics = new RelayTopics(config.topic(), config.checkpointTopic(), config.relayId());
        while (!stopping) {
            try (KafkaEventSink sink = new KafkaEventSink(kafkaConfig, config.relayId(), topics)) {
                KafkaCheckpointStore checkpoints = new KafkaCheckpointStore(kafkaConfig, topics);
                checkpoints.ensureTopic();
                FabricIdentity reader = FabricIdentity.fromMspDirectory(config.readerMsp(), config.readerIdentity());
                relay = new EventRelay(new GatewayEventSource(gateways, reader), sink, checkpoints);
                streaming = true;
                lastFailure.set(null);
                backoff = Duration.ofSeconds(1);
                relay.run();
            } catch (RuntimeException e) {
                lastFailure.set(e.getMessage());
                LOG.warnf("relay stopped (%s); resuming from the last checkpoint in %ds", e.getMessage(), backoff.toSeconds());
            } finally {
                streaming = false;
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    boolean streaming() {
        return streaming;
    }

    String lastFailure() {
        return lastFailure.get();
    }

    long relayedCount() {
        EventRelay current = relay;
        return current == null ? 0 : current.relayedCount();
    }
}
