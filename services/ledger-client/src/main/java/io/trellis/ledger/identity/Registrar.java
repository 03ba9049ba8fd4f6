package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;

/**
 * An organisation's registrar at its own Fabric CA: enrolled with its id and secret on first use (a fresh key each
 * time the process starts), then kept in memory only.
 */
public final class Registrar {
    private final String mspId;
    private final FabricCa ca;
    private final String id;
    private final String secret;
    private FabricIdentity enrolled;

    public Registrar(String mspId, FabricCa ca, String id, String secret) {
        this.mspId = mspId;
        this.ca = ca;
        this.id = id;
        this.secret = secret;
    }

    public synchronized FabricIdentity identity() {
        if (enrolled == null) {
            CertificateRequests.KeyAndRequest request = CertificateRequests.forCommonName(id);
            enrolled = new FabricIdentity(mspId, ca.enroll(id, secret, request.csrPem()), request.keys().getPrivate());
        }
        return enrolled;
    }
}
