package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;

/** Gives a party its own Fabric identity, certified by its hosting organisation. */
public interface PartyCertificateIssuer {

    /**
     * @param partyId the party's unified social credit code; becomes the certificate's common name
     * @return a fresh key pair and a client certificate for it, signed by the organisation's CA
     */
    FabricIdentity issue(String partyId);
}
