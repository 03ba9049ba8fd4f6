package io.trellis.chaincode.api.party;

import java.util.regex.Pattern;

/**
 * The shape of a party id: a unified social credit code, 18 characters of the GB 32100 alphabet (digits and
 * capitals without I, O, S, V, Z). The chaincode rejects any other id; services check the same shape before
 * an id goes into a certificate name or a file name.
 */
public final class PartyIds {
    private static final Pattern UNIFIED_SOCIAL_CREDIT_CODE = Pattern.compile("[0-9ABCDEFGHJKLMNPQRTUWXY]{18}");

    private PartyIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && UNIFIED_SOCIAL_CREDIT_CODE.matcher(id).matches();
    }

    /** @throws IllegalArgumentException when {@code id} is not well formed */
    public static String require(String id) {
        if (!isWellFormed(id)) {
            throw new IllegalArgumentException("a party id is an 18-character unified social credit code");
        }
        return id;
    }
}
