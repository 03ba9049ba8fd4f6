package io.trellis.bench;

import io.trellis.chaincode.api.party.PartyIds;

/**
 * Ids the benchmark makes up. Each run (and each measured point) has a tag from the clock, so ids never
 * repeat across runs, and every id keeps the shape the chaincode checks: party ids are unified social
 * credit codes, written in their 31-character alphabet.
 */
final class BenchIds {
    static final String ALPHABET = PartyIds.ALPHABET;
    private static final long TAGS = 31L * 31 * 31 * 31 * 31;

    private BenchIds() {
    }

    /** Five characters from a number, e.g. the start time in seconds; they repeat only after 331 days. */
    static String runTag(long seed) {
        return base31(Math.floorMod(seed, TAGS), 5);
    }

    /** {@code kind} + run tag + client (2 digits) + sequence (9 digits), all in base 31, + the check character. */
    static String partyId(char kind, String runTag, int client, long sequence) {
        boolean tagOk = runTag.length() == 5 && runTag.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        if (ALPHABET.indexOf(kind) < 0 || !tagOk) {
            throw new IllegalArgumentException("kind and run tag must be characters of " + ALPHABET);
        }
        return PartyIds.withCheckCharacter(kind + runTag + base31(client, 2) + base31(sequence, 9));
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
