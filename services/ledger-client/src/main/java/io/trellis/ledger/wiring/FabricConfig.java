package io.trellis.ledger.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
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

    /**
     * Local test stacks only: a file holding an ISO-8601 duration by which this service's clock, and so the
     * timestamp of its proposals, is moved (see {@link io.trellis.chaincode.api.clock.OffsetFileClock}). Unset, the
     * system clock stamps proposals untouched.
     */
    Optional<Path> clockOffsetFile();

    /**
     * The Fabric CA of each organisation this service hosts parties for, per MSP id: it certifies the parties' own
     * identities. This process acts for these organisations only; no entry holds a CA key, only a registrar.
     */
    Map<String, Ca> cas();

    /** Where the parties' identities are kept. */
    Wallet wallet();

    interface Ca {
        /** The CA's address, e.g. {@code https://127.0.0.1:7054}. */
        URI url();

        /** PEM of the root the CA's TLS certificate is checked against. */
        Path tlsRootCertificate();

        /** The registrar identity this service registers and revokes the organisation's parties with. */
        String registrarId();

        /** Its enrollment secret (a secret in production); without it this service does not host the organisation. */
        Optional<String> registrarSecret();
    }

    interface Wallet {
        Path directory();

        /** Base64 of the 32-byte wallet key. Without it, a key file beside the wallet is used (local stacks only). */
        Optional<String> key();
    }

    interface Peer {
        String target();

        Path tlsRootCertificate();

        Optional<String> serverName();
    }
}
