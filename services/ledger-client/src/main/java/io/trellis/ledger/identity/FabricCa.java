package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;
import java.security.cert.X509Certificate;

/**
 * What an organisation's services ask of that organisation's own Fabric CA. The CA keeps its signing key; the
 * services hold only a registrar identity, which registers and revokes client identities and nothing else.
 */
public interface FabricCa {

    /**
     * @param csrPem a PKCS#10 request whose common name is {@code enrollmentId}; the key stays with the caller
     * @return the certificate the CA issued for the request's key
     */
    X509Certificate enroll(String enrollmentId, String secret, String csrPem);

    /**
     * Registers {@code enrollmentId} as a client identity with {@code secret}.
     *
     * @throws FabricCaException with {@link FabricCaException#alreadyRegistered()} when the id is registered already
     */
    void register(FabricIdentity registrar, String enrollmentId, String secret);
}
