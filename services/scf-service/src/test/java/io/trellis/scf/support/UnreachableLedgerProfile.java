package io.trellis.scf.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service pointed at a Fabric network that is not there: no peer certificates, no operator identity. */
public class UnreachableLedgerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "trellis.crypto", "target/no-such-network",
                "trellis.fabric.peers.\"PlatformMSP\".target", "127.0.0.1:1");
    }
}
