package io.trellis.chaincode.testing;

import com.google.protobuf.ByteString;
import io.trellis.chaincode.core.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hyperledger.fabric.contract.ContractRuntimeException;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * One transaction's view of an {@link InMemoryLedger} on one {@link Peer}: reads committed state, buffers its
 * writes, and refuses what a Fabric 2.5 peer refuses. A peer's refusal reaches chaincode the way shim 2.5 delivers
 * it: a {@link ContractRuntimeException} whose message drops the peer's reason.
 */
public final class InMemoryStub implements ChaincodeStub {
    private static final byte[] ABSENT = new byte[0];

    private final InMemoryLedger ledger;
    private final Peer peer;
    private final Caller caller;
    private final String txId;
    private final Instant timestamp;
    private final List<String> args;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> privateWrites = new LinkedHashMap<>();
    private final Map<String, byte[]> transientData;
    private ChaincodeEvent event;
    private boolean wrote;
    private boolean readOnlyQueried;

    InMemoryStub(InMemoryLedger ledger, Peer peer, Caller caller, List<String> args, Map<String, byte[]> transientData) {
        this.ledger = ledger;
        this.peer = peer;
        this.caller = caller;
        this.txId = ledger.nextTxId();
        this.timestamp = ledger.clock();
        this.args = List.copyOf(args);
        this.transientData = Map.copyOf(transientData);
    }

    public Caller caller() {
        return caller;
    }

    Map<String, byte[]> writes() {
        return writes;
    }

    Map<String, Map<String, byte[]>> privateWrites() {
        return privateWrites;
    }

    @Override
    public List<byte[]> getArgs() {
        return args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return args;
    }

    @Override
    public String getFunction() {
        return args.isEmpty() ? null : args.get(0);
    }

    @Override
    public List<String> getParameters() {
        return args.subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public String getChannelId() {
        return "trellis";
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    // The shim answers an absent key with an empty array, never null.
    @Override
    public byte[] getState(String key) {
        return ledger.state().getOrDefault(key, ABSENT);
    }

    // The peer records an empty value as a delete.
    @Override
    public void putState(String key, byte[] value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        beforeWrite();
        writes.put(key, value.length == 0 ? null : value.clone());
    }

    @Override
    public void delState(String key) {
        beforeWrite();
        writes.put(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        return new Results<>(range(ledger.state(), startKey, endKey, Integer.MAX_VALUE).values, "");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
            int pageSize, String bookmark) {
        beforeReadOnlyQuery();
        // As on the peer, the bookmark replaces the start key: nothing checks that it lies in the range.
        Slice slice = range(ledger.state(), bookmark.isEmpty() ? startKey : bookmark, endKey, pageSize);
        return new Results<>(slice.values, slice.next);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        return getStateByRange(compositeKey, compositeKey + Character.MAX_VALUE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(createCompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        return getStateByPartialCompositeKey(compositeKey.toString());
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String prefix = compositeKey.toString();
        return getStateByRangeWithPagination(prefix, prefix + Character.MAX_VALUE, pageSize, bookmark);
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    /** Newest first, as a Fabric 2.x peer scans its history database. */
    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        List<KeyModification> mods = ledger.history(key).stream()
                .map(h -> (KeyModification) new Modification(h))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(mods);
        return new Results<>(mods, "");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        byte[] value = ledger.privateCollection(collection).get(key);
        if (value != null && !peer.isMemberOf(collection)) {
            // The peer has the key's hash but not its value: "private data matching public hash version is not
            // available". With no hash at all it answers nothing, like a member.
            throw peerRefused();
        }
        return value == null ? ABSENT : value;
    }

    /** Any peer of the channel: hashes are not private. */
    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        byte[] value = ledger.privateCollection(collection).get(key);
        return value == null ? ABSENT : sha256(value);
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        beforeWrite();
        privateWrites.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key,
                value.length == 0 ? null : value.clone());
    }

    @Override
    public void delPrivateData(String collection, String key) {
        beforeWrite();
        privateWrites.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key, null);
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        delPrivateData(collection, key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        beforeReadOnlyQuery();
        // A peer outside the collection has no values to scan, and says nothing about it.
        NavigableMap<String, byte[]> values = peer.isMemberOf(collection) ? ledger.privateCollection(collection)
                : new TreeMap<>();
        return new Results<>(range(values, startKey, endKey, Integer.MAX_VALUE).values, "");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        return getPrivateDataByRange(collection, compositeKey, compositeKey + Character.MAX_VALUE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, CompositeKey compositeKey) {
        return getPrivateDataByPartialCompositeKey(collection, compositeKey.toString());
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
            String... attributes) {
        return getPrivateDataByPartialCompositeKey(collection, createCompositeKey(objectType, attributes));
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        event = ChaincodeEvent.newBuilder().setEventName(name).setPayload(ByteString.copyFrom(payload)).setTxId(txId).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return transientData;
    }

    // What follows is not used by Trellis chaincode; failing loudly keeps a new use from passing unnoticed.

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw unsupported("invokeChaincode");
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported("getStateValidationParameter");
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported("setStateValidationParameter");
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported("rich queries (LevelDB has none)");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
            String bookmark) {
        throw unsupported("rich queries (LevelDB has none)");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported("getPrivateDataValidationParameter");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported("setPrivateDataValidationParameter");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported("rich queries (LevelDB has none)");
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw unsupported("getSignedProposal");
    }

    @Override
    public byte[] getCreator() {
        throw unsupported("getCreator (tests resolve the caller directly)");
    }

    @Override
    public byte[] getBinding() {
        throw unsupported("getBinding");
    }

    // On a peer this is the peer's own MSP id, not the caller's: answering the caller's would hide that mistake.
    @Override
    public String getMspId() {
        throw unsupported("getMspId (the endorsing peer's MSP, not the caller's: use Caller)");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("InMemoryStub does not model " + what);
    }

    // The peer: "Transaction has already performed a paginated query [or queries on pvt data]. Writes are not allowed".
    private void beforeWrite() {
        if (readOnlyQueried) {
            throw peerRefused();
        }
        wrote = true;
    }

    // The peer: "Paginated queries [Queries on pvt data] are supported only in a read-only transaction".
    private void beforeReadOnlyQuery() {
        if (wrote) {
            throw peerRefused();
        }
        readOnlyQueried = true;
    }

    /** What shim 2.5 throws when the peer answers ERROR: the peer's reason is logged by the peer only. */
    private ContractRuntimeException peerRefused() {
        return new ContractRuntimeException(String.format("[%-8.8s]Unsuccessful response received.", txId));
    }

    private record Slice(List<KeyValue> values, String next) {
    }

    /** Keys in [start, end), at most {@code limit}; {@code next} is the first key left out. */
    private static Slice range(NavigableMap<String, byte[]> map, String start, String end, int limit) {
        if (!end.isEmpty() && start.compareTo(end) >= 0) {
            return new Slice(List.of(), "");
        }
        NavigableMap<String, byte[]> sub = end.isEmpty() ? map.tailMap(start, true) : map.subMap(start, true, end, false);
        List<KeyValue> values = sub.entrySet().stream().limit(limit)
                .map(e -> (KeyValue) new Entry(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        String next = sub.keySet().stream().skip(limit).findFirst().orElse("");
        return new Slice(values, next);
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    private record Modification(InMemoryLedger.HistoryEntry entry) implements KeyModification {
        @Override
        public String getTxId() {
            return entry.txId();
        }

        @Override
        public byte[] getValue() {
            return entry.value() == null ? new byte[0] : entry.value();
        }

        @Override
        public String getStringValue() {
            return new String(getValue(), StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return entry.timestamp();
        }

        @Override
        public boolean isDeleted() {
            return entry.deleted();
        }
    }

    private static final class Results<T> implements QueryResultsIterator<T>, QueryResultsIteratorWithMetadata<T> {
        private final List<T> items;
        private final String bookmark;

        Results(List<T> items, String bookmark) {
            this.items = items;
            this.bookmark = bookmark;
        }

        @Override
        public Iterator<T> iterator() {
            return items.iterator();
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return QueryResponseMetadata.newBuilder().setBookmark(bookmark).setFetchedRecordsCount(items.size()).build();
        }

        @Override
        public void close() {
        }
    }
}
