package io.trellis.chaincode.core;

import java.util.Locale;

/**
 * Deterministic ids: every endorser derives the same id from the transaction id or the parent id, never
 * from randomness or the clock.
 */
public final class Ids {
    static final int HASH_CHARS = 20;
    public static final int MAX_CHILDREN = 99;

    private Ids() {
    }

    /** {@code prefix} and 20 upper-case hex characters of SHA-256 of the transaction id. */
    public static String fromTx(String prefix, String txId) {
        return prefix + Hashes.sha256Hex(txId).substring(0, HASH_CHARS).toUpperCase(Locale.ROOT);
    }

    /** The {@code index}-th child (1-based) of a voucher; two digits so that ids sort in creation order. */
    public static String child(String parentId, int index) {
        if (index < 1 || index > MAX_CHILDREN) {
            throw new IllegalArgumentException("child index must be 1 to " + MAX_CHILDREN);
        }
        return parentId + "-" + (index < 10 ? "0" : "") + index;
    }
}
