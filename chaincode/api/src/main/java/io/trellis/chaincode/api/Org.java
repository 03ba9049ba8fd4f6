package io.trellis.chaincode.api;

import java.util.Arrays;
import java.util.Optional;

/** The peer organisations of the Trellis network, by the MSP id their identities carry. */
public enum Org {
    PLATFORM("PlatformMSP"),
    BANK("BankMSP"),
    SECURITIES("SecuritiesMSP");

    private final String mspId;

    Org(String mspId) {
        this.mspId = mspId;
    }

    public String mspId() {
        return mspId;
    }

    public static Optional<Org> ofMspId(String mspId) {
        return Arrays.stream(values()).filter(org -> org.mspId.equals(mspId)).findFirst();
    }
}
