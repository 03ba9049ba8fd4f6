package io.trellis.chaincode.testing;

import io.trellis.chaincode.core.Caller;

/** Identities used across contract tests. */
public final class Callers {
    public static final Caller PLATFORM_OPERATOR = new Caller("PlatformMSP", "x509::CN=Admin@platform::CN=ca.platform", true);
    public static final Caller BANK_OPERATOR = new Caller("BankMSP", "x509::CN=Admin@bank::CN=ca.bank", true);
    public static final Caller SECURITIES_OPERATOR = new Caller("SecuritiesMSP", "x509::CN=Admin@securities::CN=ca.securities", true);
    public static final Caller PLATFORM_CLIENT = new Caller("PlatformMSP", "x509::CN=User1@platform::CN=ca.platform", false);

    private Callers() {
    }

    public static Caller member(String mspId, String commonName) {
        return new Caller(mspId, "x509::CN=" + commonName + "::CN=ca", false);
    }
}
