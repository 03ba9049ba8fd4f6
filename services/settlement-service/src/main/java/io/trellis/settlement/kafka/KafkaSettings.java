package io.trellis.settlement.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where the settlement loops read and write; topic names are the platform's contract with the banks. How to reach
 * the broker (servers, TLS, SASL) is the service's {@code kafka.*} configuration, shared by every client.
 */
@ConfigMapping(prefix = "trellis.settlement.kafka")
public interface KafkaSettings {

    @WithDefault("trellis.payments.in")
    String paymentsTopic();

    @WithDefault("trellis.payments.dlq")
    String deadLetterTopic();

    @WithDefault("trellis.payouts.out")
    String payoutsTopic();

    @WithDefault("trellis.payouts.confirmed")
    String confirmationsTopic();

    @WithDefault("trellis.ledger.events")
    String ledgerEventsTopic();

    /** Prefix of consumer groups and transactional ids, so two stacks on one broker never share them. */
    @WithDefault("settlement-service")
    String groupPrefix();

    @WithDefault("200")
    int maxPollRecords();

    @WithDefault("PT2S")
    Duration restartBackoff();
}
