package io.trellis.chaincode.core;

import io.trellis.chaincode.api.Hashes;
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
        return hashed(prefix, txId);
    }

    /** {@code prefix} and 20 upper-case hex characters of SHA-256 of {@code text}. */
    public static String hashed(String prefix, String text) {
        return prefix + Hashes.sha256Hex(text).substring(0, HASH_CHARS).toUpperCase(Locale.ROOT);
    }

    /**
     * The {@code index}-th payout (1-based) of a bank's payment: the bank is in the hash because payment ids are
     * each bank's own, so two banks' payments never share a payout id. At least two digits, so the first 99 sort
     * in payment order.
     */
    public static String payout(String bankId, String paymentId, int index) {
        if (index < 1) {
            throw new IllegalArgumentException("payout index starts at 1");
        }
        return hashed("PO", bankId + "|" + paymentId) + "-" + String.format(Locale.ROOT, "%02d", index);
    }

    /** The {@code index}-th child (1-based) of a voucher; two digits so that ids sort in creation order. */
    public static String child(String parentId, int index) {
        if (index < 1 || index > MAX_CHILDREN) {
            throw new IllegalArgumentException("child index must be 1 to " + MAX_CHILDREN);
        }
        return parentId + "-" + (index < 10 ? "0" : "") + index;
    }
}
