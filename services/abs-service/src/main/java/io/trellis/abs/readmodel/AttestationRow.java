package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A provider's attestation of one kind on a deal, as recorded last; withdrawn ones are deleted. */
@Entity
@Table(name = "abs_attestation")
public class AttestationRow extends LedgerRow {

    @Column(nullable = false)
    public String kind;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(nullable = false)
    public String opinion;

    @Column(name = "document_hash", nullable = false)
    public String documentHash;

    void record(String poolId, Attestation attestation, LedgerEventMessage message) {
        stamp(poolId, message);
        kind = attestation.kind().name();
        providerId = attestation.providerId();
        opinion = attestation.opinion().name();
        documentHash = attestation.documentHash();
    }
}
