package io.trellis.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.trellis.ledger.events.LedgerEventMessage;
import java.nio.file.Path;

/** Configuration of the relay. */
@ConfigMapping(prefix = "trellis.events")
public interface RelayConfig {

    /** Off in tests that exercise only the Kafka side. */
    @WithDefault("true")
    boolean enabled();

    /** MSP of the identity that reads the events. */
    String readerMsp();

    /** MSP folder of that identity. */
    Path readerIdentity();

    @WithDefault(LedgerEventMessage.TOPIC)
    String topic();

    @WithDefault("trellis.ledger.checkpoints")
    String checkpointTopic();

    /** One relay per channel and chaincode: the Kafka transactional id and checkpoint key derive from it. */
    @WithDefault("trellis-ledger-events")
    String relayId();
}
