package io.trellis.chaincode.api.party;

import java.util.regex.Pattern;

/**
 * A party id is a unified social credit code (GB 32100-2015): 18 characters of the code's alphabet (digits and
 * capitals without I, O, S, V, Z), the last one a check character over the first 17. The chaincode refuses any
 * other id; services check the same before an id goes into a certificate name or a file name. The one place that
 * computes the check character: fixtures and generators build ids with {@link #withCheckCharacter}.
 */
public final class PartyIds {
    /** The code's 31 characters, in the order of their values 0 to 30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern BODY = Pattern.compile("[" + ALPHABET + "]{" + (LENGTH - 1) + "}");

    private PartyIds() {
    }

    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        String body = id.substring(0, LENGTH - 1);
        return BODY.matcher(body).matches() && id.charAt(LENGTH - 1) == checkCharacter(body);
    }

    /** @throws IllegalArgumentException when {@code id} is not well formed */
    public static String require(String id) {
        if (!isWellFormed(id)) {
            throw new IllegalArgumentException("a party id is an 18-character unified social credit code with its check character");
        }
        return id;
    }

    /**
     * The full code: {@code first17} followed by its check character.
     *
     * @throws IllegalArgumentException when {@code first17} is not 17 characters of the code's alphabet
     */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || !BODY.matcher(first17).matches()) {
            throw new IllegalArgumentException("the first 17 characters of a unified social credit code, got " + first17);
        }
        return first17 + checkCharacter(first17);
    }

    /** (31 - weighted sum mod 31) mod 31, as the alphabet's character. */
    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
