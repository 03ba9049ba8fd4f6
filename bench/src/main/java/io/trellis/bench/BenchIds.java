package io.trellis.bench;

/**
 * Ids the benchmark makes up. Each run (and each measured point) has a tag from the clock, so ids never
 * repeat across runs, and every id keeps the shape the chaincode checks: party ids are unified social
 * credit codes, written in their 31-character alphabet.
 */
final class BenchIds {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long TAGS = 31L * 31 * 31 * 31 * 31;

    private BenchIds() {
    }

    /** Five characters from a number, e.g. the start time in seconds; they repeat only after 331 days. */
    static String runTag(long seed) {
        return base31(Math.floorMod(seed, TAGS), 5);
    }

    /** {@code kind} + run tag + client (2 digits) + sequence (10 digits), all in base 31: 18 characters. */
    static String partyId(char kind, String runTag, int client, long sequence) {
        boolean tagOk = runTag.length() == 5 && runTag.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        if (ALPHABET.indexOf(kind) < 0 || !tagOk) {
            throw new IllegalArgumentException("kind and run tag must be characters of " + ALPHABET);
        }
        return kind + runTag + base31(client, 2) + base31(sequence, 10);
    }

    static String base31(long value, int width) {
        char[] digits = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % ALPHABET.length()));
            rest /= ALPHABET.length();
        }
        if (rest != 0 || value < 0) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " base-31 digits");
        }
        return new String(digits);
    }
}
