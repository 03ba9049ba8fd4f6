package io.trellis.chaincode.api.party;

/** Know-your-customer state; only APPROVED parties may transact. */
public enum KycStatus {
    PENDING,
    APPROVED,
    REJECTED
}
