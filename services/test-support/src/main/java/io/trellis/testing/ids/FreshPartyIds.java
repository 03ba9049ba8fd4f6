package io.trellis.testing.ids;

import io.trellis.chaincode.api.party.PartyIds;
import java.security.SecureRandom;

/**
 * Party ids no one has registered yet, so runs against a long-lived stack never collide: valid unified social credit
 * codes (a Shanghai enterprise prefix, nine random characters of the code's alphabet, the check character).
 */
public final class FreshPartyIds {
    private static final String PREFIX = "91310000";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshPartyIds() {
    }

    public static String next() {
        StringBuilder first17 = new StringBuilder(PREFIX);
        while (first17.length() < PartyIds.LENGTH - 1) {
            first17.append(PartyIds.ALPHABET.charAt(RANDOM.nextInt(PartyIds.ALPHABET.length())));
        }
        return PartyIds.withCheckCharacter(first17.toString());
    }
}
