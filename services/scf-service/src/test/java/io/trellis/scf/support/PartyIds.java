package io.trellis.scf.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid unified social credit codes, so runs against a long-lived stack never collide. */
public final class PartyIds {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private PartyIds() {
    }

    public static String fresh() {
        StringBuilder id = new StringBuilder("91310000");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
