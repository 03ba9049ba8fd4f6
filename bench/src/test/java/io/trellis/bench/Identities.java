package io.trellis.bench;

import static org.mockito.Mockito.mock;

import io.trellis.ledger.FabricIdentity;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;

/** Signing identities for tests that never reach a peer. */
final class Identities {

    private Identities() {
    }

    static FabricIdentity of(String mspId) {
        try {
            return new FabricIdentity(mspId, mock(X509Certificate.class),
                    KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
