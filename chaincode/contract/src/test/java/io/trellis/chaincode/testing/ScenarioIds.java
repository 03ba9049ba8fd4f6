package io.trellis.chaincode.testing;

/**
 * The scenario parties' ids. Contract tests use them as written; on a real network, whose ledger outlives a
 * test run, {@code -Dtrellis.scenario.unique-ids=true} puts a run number into the eight middle digits
 * (all zeros as written, random per JVM), so a second run registers new parties. One world per JVM: the
 * end-to-end tests run each story class in a JVM of its own. Prefix and suffix stay, so ids keep their
 * relative order and the amounts and orderings a scenario expects do not change.
 */
public final class ScenarioIds {
    static final String UNIQUE = "trellis.scenario.unique-ids";
    private static final String RUN = Boolean.getBoolean(UNIQUE)
            ? String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000))
            : "00000000";

    private ScenarioIds() {
    }

    /** {@code written}: 18 characters, digits 5 to 12 all zeros. */
    public static String party(String written) {
        if (written.length() != 18 || !written.startsWith("00000000", 4)) {
            throw new IllegalArgumentException("a scenario id has eight zeros after its first four characters: " + written);
        }
        return written.substring(0, 4) + RUN + written.substring(12);
    }

    /** An id that must be new on every run, such as a bank's payment id. */
    public static String scoped(String written) {
        return RUN.equals("00000000") ? written : written + "-" + RUN;
    }
}
