package io.trellis.chaincode.core;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
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
