package io.trellis.chaincode.api.party;

/** What a party does on the platform. A party may hold several roles. */
public enum PartyRole {
    CORE_ENTERPRISE,
    SUPPLIER,
    FINANCIER,
    SECURITIES_FIRM,
    INVESTOR,
    SERVICE_PROVIDER,
    AUDITOR
}
