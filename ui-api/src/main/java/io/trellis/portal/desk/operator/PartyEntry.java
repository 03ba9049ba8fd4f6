package io.trellis.portal.desk.operator;

import java.time.OffsetDateTime;
import java.util.List;

/** A party of the operator's organisation as scf-service's read model shows it. */
public record PartyEntry(String id, String name, List<String> roles, String mspId, String kycStatus,
        String certificateId, OffsetDateTime registeredAt, long version, String lastTransactionId) {

    public PartyEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the operator still has to review the party's KYC. */
    public boolean pending() {
        return "PENDING".equals(kycStatus);
    }

    /** Message keys of the party's roles, in the ledger's order. */
    public List<String> roleKeys() {
        return roles.stream().map(OperatorLabels::role).toList();
    }

    public String kycKey() {
        return OperatorLabels.kyc(kycStatus);
    }

    public String orgKey() {
        return OperatorLabels.org(mspId);
    }
}
