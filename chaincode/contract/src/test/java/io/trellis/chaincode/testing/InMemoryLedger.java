package io.trellis.chaincode.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Committed world state, private data and key history of one channel, for contract tests. A transaction
 * sees only what was committed before it (as on a peer: no read-your-own-writes), and its writes land
 * only when it succeeds. Private data is kept whole here; which of it a transaction may read depends on the
 * {@link Peer} it runs on.
 */
public final class InMemoryLedger {
    private final NavigableMap<String, byte[]> state = new TreeMap<>();
    private final Map<String, NavigableMap<String, byte[]>> privateData = new HashMap<>();
    private final Map<String, List<HistoryEntry>> history = new HashMap<>();
    private final List<CommittedEvent> events = new ArrayList<>();
    private long txCounter;
    /** Committed changes so far: every key written or deleted, in world state or private data, and every event. */
    private long changes;
    private Instant clock = Instant.parse("2026-03-02T08:00:00Z");

    /** One committed write of a key. */
    public record HistoryEntry(String txId, Instant timestamp, byte[] value, boolean deleted) {
    }

    /** A committed transaction's chaincode event. */
    public record CommittedEvent(String txId, String name, byte[] payload) {
    }

    public NavigableMap<String, byte[]> state() {
        return state;
    }

    NavigableMap<String, byte[]> privateCollection(String collection) {
        return privateData.computeIfAbsent(collection, c -> new TreeMap<>());
    }

    /** A read-only view of one private data collection, as a member peer holds it. */
    public SortedMap<String, byte[]> privateState(String collection) {
        return Collections.unmodifiableSortedMap(privateCollection(collection));
    }

    /** Oldest first, in commit order; {@link InMemoryStub} answers newest first, as a peer does. */
    List<HistoryEntry> history(String key) {
        return history.getOrDefault(key, List.of());
    }

    public List<CommittedEvent> events() {
        return List.copyOf(events);
    }

    /**
     * How many changes have been committed: commits are the only writes, so while this count stays the same, world
     * state, private data and events stay exactly as they were (a quick check before comparing them key by key).
     */
    public long changes() {
        return changes;
    }

    /** Sets the timestamp of the next transactions; chaincode reads time only from there. */
    public void setClock(Instant now) {
        this.clock = now;
    }

    Instant clock() {
        return clock;
    }

    String nextTxId() {
        return "tx" + (++txCounter);
    }

    void commit(InMemoryStub tx) {
        tx.writes().forEach((key, value) -> {
            changes++;
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, value);
            }
            history.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new HistoryEntry(tx.getTxId(), tx.getTxTimestamp(), value, value == null));
        });
        tx.privateWrites().forEach((collection, writes) -> writes.forEach((key, value) -> {
            changes++;
            if (value == null) {
                privateCollection(collection).remove(key);
            } else {
                privateCollection(collection).put(key, value);
            }
        }));
        if (tx.getEvent() != null) {
            changes++;
            events.add(new CommittedEvent(tx.getTxId(), tx.getEvent().getEventName(), tx.getEvent().getPayload().toByteArray()));
        }
    }
}
