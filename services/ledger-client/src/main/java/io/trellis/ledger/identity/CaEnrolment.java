package io.trellis.ledger.identity;

import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.ledger.FabricIdentity;

/**
 * Party identities from the organisation's own Fabric CA: the registrar registers the party id as a client, this
 * process makes the key pair and the request (CN = party id) and enrols. Registering again is not an error: the
 * secret is derived ({@link EnrollmentSecrets}), so a retry after a failure between register and enroll enrols.
 */
public final class CaEnrolment implements PartyCertificateIssuer {
    private final String mspId;
    private final FabricCa ca;
    private final Registrar registrar;
    private final EnrollmentSecrets secrets;

    public CaEnrolment(String mspId, FabricCa ca, Registrar registrar, EnrollmentSecrets secrets) {
        this.mspId = mspId;
        this.ca = ca;
        this.registrar = registrar;
        this.secrets = secrets;
    }

    @Override
    public FabricIdentity issue(String partyId) {
        PartyIds.require(partyId);
        String secret = secrets.of(partyId);
        try {
            ca.register(registrar.identity(), partyId, secret);
        } catch (FabricCaException e) {
            if (!e.alreadyRegistered()) {
                throw e;
            }
        }
        CertificateRequests.KeyAndRequest request = CertificateRequests.forCommonName(partyId);
        return new FabricIdentity(mspId, ca.enroll(partyId, secret, request.csrPem()), request.keys().getPrivate());
    }
}
