package io.trellis.chaincode.core;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.history.KeyChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
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

    /** Every committed write of the key, oldest first, as Fabric's history database keeps them. */
    public List<KeyChange> history(String key) {
        List<KeyChange> changes = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> results = stub.getHistoryForKey(key)) {
            for (KeyModification mod : results) {
                changes.add(new KeyChange(mod.getTxId(), String.valueOf(mod.getTimestamp()), mod.isDeleted(),
                        mod.isDeleted() ? "" : new String(mod.getValue(), StandardCharsets.UTF_8)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("history query failed", e);
        }
        return changes;
    }

    public void putPrivate(String collection, String key, Object value) {
        stub.putPrivateData(collection, key, JsonCodec.toBytes(value));
    }

    public <T> Optional<T> getPrivate(String collection, String key, Class<T> type) {
        byte[] bytes = stub.getPrivateData(collection, key);
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(JsonCodec.fromJson(bytes, type));
    }

    /** One page of the values whose composite key starts with {@code type} and {@code attributes}. */
    public <T> Page<T> page(PageRequest request, Class<T> valueType, String type, String... attributes) {
        if (request.pageSize() < 1 || request.pageSize() > PageRequest.MAX_PAGE_SIZE) {
            throw ChaincodeException.invalid("pageSize must be between 1 and " + PageRequest.MAX_PAGE_SIZE);
        }
        List<T> items = new ArrayList<>();
        String bookmark;
        try (QueryResultsIteratorWithMetadata<KeyValue> results = stub.getStateByPartialCompositeKeyWithPagination(
                stub.createCompositeKey(type, attributes), request.pageSize(), request.bookmark())) {
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
