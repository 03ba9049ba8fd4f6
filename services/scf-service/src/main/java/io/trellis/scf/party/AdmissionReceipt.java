package io.trellis.scf.party;

import io.trellis.chaincode.api.party.PartyAdmission;

/**
 * Answer to an admission: the admission as the ledger keeps it (its organisation by MSP id, as in the request),
 * with the transaction that committed it.
 */
public record AdmissionReceipt(String id, String org, String admittedAt, String admittedBy, long version,
        String transactionId, long blockNumber) {

    static AdmissionReceipt of(PartyAdmission admission, String transactionId, long blockNumber) {
        return new AdmissionReceipt(admission.id(), admission.org().mspId(), admission.admittedAt(),
                admission.admittedBy(), admission.version(), transactionId, blockNumber);
    }
}
