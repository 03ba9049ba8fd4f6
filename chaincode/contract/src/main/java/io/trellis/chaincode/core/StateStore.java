package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.history.KeyChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** Typed access to world state: every value is canonical JSON of an api record under a composite key. */
public final class StateStore {
    private final ChaincodeStub stub;

    public StateStore(ChaincodeStub stub) {
        this.stub = stub;
    }

    public String key(String type, String... attributes) {
        return stub.createCompositeKey(type, attributes).toString();
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        byte[] bytes = stub.getState(key);
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(JsonCodec.fromJson(bytes, type));
    }

    public boolean exists(String key) {
        byte[] bytes = stub.getState(key);
        return bytes != null && bytes.length > 0;
    }

    public void put(String key, Object value) {
        stub.putState(key, JsonCodec.toBytes(value));
    }

    /** Deletes the key (an index entry that no longer applies). */
    public void delete(String key) {
        stub.delState(key);
    }

    /**
     * Every value whose composite key starts with {@code type} and {@code attributes}, in key order. Fabric
     * re-runs this range at validation, so only use it over keys that concurrent transactions do not add.
     */
    public <T> List<T> list(Class<T> valueType, String type, String... attributes) {
        List<T> items = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(stub.createCompositeKey(type, attributes))) {
            for (KeyValue kv : results) {
                items.add(JsonCodec.fromJson(kv.getValue(), valueType));
            }
        } catch (Exception e) {
            throw new IllegalStateException("range query failed", e);
        }
        return items;
    }

    /**
     * Every committed write of the key, oldest first. A Fabric 2.x peer answers newest first (the history
     * database is scanned backwards), so the list is reversed here: callers and {@code GetHistory} clients see
     * one order whatever the peer's.
     */
    public List<KeyChange> history(String key) {
        List<KeyChange> changes = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> newestFirst = stub.getHistoryForKey(key)) {
            for (KeyModification mod : newestFirst) {
                changes.add(new KeyChange(mod.getTxId(), String.valueOf(mod.getTimestamp()), mod.isDeleted(),
                        mod.isDeleted() ? "" : new String(mod.getValue(), StandardCharsets.UTF_8)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("history query failed", e);
        }
        Collections.reverse(changes);
        return changes;
    }

    public void putPrivate(String collection, String key, Object value) {
        stub.putPrivateData(collection, key, JsonCodec.toBytes(value));
    }

    /**
     * The value of {@code key} in a private data collection, empty when the key is not there. A peer outside
     * the collection answers an error when the key exists (it holds only the hash), as does a member that has
     * not received the data yet; the shim then throws its own ChaincodeException without the peer's reason.
     * That is {@link ErrorCode#PRIVATE_DATA_NOT_AVAILABLE}, not an internal error: evaluate on a member peer.
     */
    public <T> Optional<T> getPrivate(String collection, String key, Class<T> type) {
        byte[] bytes;
        try {
            bytes = stub.getPrivateData(collection, key);
        } catch (org.hyperledger.fabric.shim.ChaincodeException e) {
            throw new ChaincodeException(ErrorCode.PRIVATE_DATA_NOT_AVAILABLE, "collection " + collection
                    + " cannot be read on this peer; evaluate on a peer of the collection", e);
        }
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(JsonCodec.fromJson(bytes, type));
    }

    /**
     * One page of the values whose composite key starts with {@code type} and {@code attributes}. The peer allows
     * paginated queries only in a transaction that writes nothing, before or after.
     */
    public <T> Page<T> page(PageRequest request, Class<T> valueType, String type, String... attributes) {
        if (request.pageSize() < 1 || request.pageSize() > PageRequest.MAX_PAGE_SIZE) {
            throw ChaincodeException.invalid("pageSize must be between 1 and " + PageRequest.MAX_PAGE_SIZE);
        }
        CompositeKey prefix = stub.createCompositeKey(type, attributes);
        // The peer starts the page at the bookmark as given: one from another query would page through its keys.
        if (!request.bookmark().isEmpty() && !request.bookmark().startsWith(prefix.toString())) {
            throw ChaincodeException.invalid("bookmark is not one of this query's");
        }
        List<T> items = new ArrayList<>();
        String bookmark;
        try (QueryResultsIteratorWithMetadata<KeyValue> results = stub.getStateByPartialCompositeKeyWithPagination(
                prefix, request.pageSize(), request.bookmark())) {
            for (KeyValue kv : results) {
                items.add(JsonCodec.fromJson(kv.getValue(), valueType));
            }
            bookmark = results.getMetadata() == null ? "" : results.getMetadata().getBookmark();
        } catch (Exception e) {
            throw new IllegalStateException("range query failed", e);
        }
        // The shim returns a bookmark even after the last page; a short page means there is nothing more.
        return new Page<>(items, items.size() < request.pageSize() ? "" : bookmark);
    }
}
