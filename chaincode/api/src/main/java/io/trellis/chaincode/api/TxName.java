package io.trellis.chaincode.api;

/** Names of the chaincode's transactions, shared by the chaincode router and its clients. */
public final class TxName {
    public static final String REGISTER_PARTY = "RegisterParty";
    public static final String GET_PARTY = "GetParty";
    public static final String LIST_PARTIES = "ListParties";
    public static final String REVIEW_KYC = "ReviewKyc";
    public static final String PING = "Ping";

    private TxName() {
    }
}
