package io.trellis.ledger.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** How this service reaches the Fabric network and where its organisations' identities are kept. */
@ConfigMapping(prefix = "trellis.fabric")
public interface FabricConfig {

    @WithDefault("trellis")
    String channel();

    @WithDefault("trellis")
    String chaincode();

    /** Gateway peer per MSP id. */
    Map<String, Peer> peers();

    /** MSP folder of each organisation's operator identity, per MSP id. */
    Map<String, Path> operators();

    @WithDefault("8")
    int maxAttempts();

    interface Peer {
        String target();

        Path tlsRootCertificate();

        Optional<String> serverName();
    }
}
