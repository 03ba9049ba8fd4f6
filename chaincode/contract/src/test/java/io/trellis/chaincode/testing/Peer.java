package io.trellis.chaincode.testing;

import java.util.Set;

/**
 * The peer a transaction runs on, as far as chaincode can tell: the private data collections it is a member of.
 * Every peer of the channel holds the hashes of all private data; only a member holds the values.
 */
public final class Peer {
    /** A member of every collection: the peer contract tests run on unless they say otherwise. */
    public static final Peer OF_EVERY_COLLECTION = new Peer(null);

    private final Set<String> collections;

    private Peer(Set<String> collections) {
        this.collections = collections;
    }

    /** A peer of exactly these collections; none makes a peer of an organisation outside every collection. */
    public static Peer memberOf(String... collections) {
        return new Peer(Set.of(collections));
    }

    boolean isMemberOf(String collection) {
        return collections == null || collections.contains(collection);
    }
}
