package io.trellis.portal.desk.operator;

import io.trellis.chaincode.api.Org;

/** The organisation the signed-in operator acts for (the token's {@code org_msp}; null if it names none). */
public record OperatorOrg(String mspId) {

    /** The platform keeps the consortium's company registry: only its operators admit companies. */
    public boolean keepsRegistry() {
        return Org.PLATFORM.mspId().equals(mspId);
    }

    public String labelKey() {
        return mspId == null ? "operator_org_none" : OperatorLabels.org(mspId);
    }
}
