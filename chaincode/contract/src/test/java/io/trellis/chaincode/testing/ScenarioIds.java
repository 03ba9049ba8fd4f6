package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.party.PartyIds;

/**
 * The scenario parties' ids. Contract tests use them as written; on a real network, whose ledger outlives a
 * test run, {@code -Dtrellis.scenario.unique-ids=true} puts a run number into the eight middle digits
 * (all zeros as written, random per JVM), so a second run registers new parties. One world per JVM: the
 * end-to-end tests run each story class in a JVM of its own. Prefix and suffix stay, so ids keep their
 * relative order and the amounts and orderings a scenario expects do not change. A scenario writes the first 17
 * characters of a party id; the check character is {@link PartyIds#withCheckCharacter}'s.
 */
public final class ScenarioIds {
    static final String UNIQUE = "trellis.scenario.unique-ids";
    private static final String RUN = Boolean.getBoolean(UNIQUE)
            ? String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000))
            : "00000000";

    private ScenarioIds() {
    }

    /** {@code first17}: the first 17 characters of the id, digits 5 to 12 all zeros. */
    public static String party(String first17) {
        if (first17.length() != 17 || !first17.startsWith("00000000", 4)) {
            throw new IllegalArgumentException("a scenario id is written as 17 characters with eight zeros after its first"
                    + " four: " + first17);
        }
        return PartyIds.withCheckCharacter(first17.substring(0, 4) + RUN + first17.substring(12));
    }

    /** An id that must be new on every run, such as a bank's payment id. */
    public static String scoped(String written) {
        return RUN.equals("00000000") ? written : written + "-" + RUN;
    }
}
