package io.trellis.chaincode.api.abs;

import java.util.Arrays;

/**
 * The role a deal's manager appoints a service provider in; each role attests exactly one kind of due diligence,
 * and only the rating agency rates tranches.
 */
public enum ProviderRole {
    LAW_FIRM(AttestationKind.LEGAL_OPINION),
    RATING_AGENCY(AttestationKind.RATING),
    ACCOUNTANT(AttestationKind.AUDIT),
    TRUSTEE(AttestationKind.TRUSTEE);

    private final AttestationKind attests;

    ProviderRole(AttestationKind attests) {
        this.attests = attests;
    }

    /** The attestation kind a provider in this role records. */
    public AttestationKind attests() {
        return attests;
    }

    /** The role whose appointee may record {@code kind}. */
    public static ProviderRole attesting(AttestationKind kind) {
        return Arrays.stream(values()).filter(role -> role.attests == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no provider role attests " + kind));
    }
}
