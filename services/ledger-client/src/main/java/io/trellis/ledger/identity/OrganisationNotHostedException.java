package io.trellis.ledger.identity;

/** This process is not configured for the organisation: it holds none of its keys and cannot act for it. */
public final class OrganisationNotHostedException extends RuntimeException {

    public OrganisationNotHostedException(String mspId) {
        super("this service is not configured for " + mspId + " (no trellis.fabric.cas entry with a registrar secret): it cannot issue or use its identities");
    }
}
