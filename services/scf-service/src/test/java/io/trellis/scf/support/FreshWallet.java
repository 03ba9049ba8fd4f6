package io.trellis.scf.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * An empty wallet of the service's own: the parties a test registers get their identities here, and every
 * other party (the realm's demo users) has none, whatever the shared local wallet holds.
 */
public class FreshWallet implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            return Map.of("trellis.fabric.wallet.directory", Files.createTempDirectory("trellis-it-wallet").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
