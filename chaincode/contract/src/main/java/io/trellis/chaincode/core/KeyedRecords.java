package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of record in world state under the composite key {@code <type>/<key parts>}: the find, get (or
 * fail with the record's NOT_FOUND code), exists and save that every repository needs, written once so a
 * repository keeps only its keys and indexes.
 */
public final class KeyedRecords<T> {
    private final StateStore state;
    private final String type;
    private final Class<T> recordClass;
    private final ErrorCode notFound;
    private final Function<List<String>, String> missingMessage;

    /** Records whose absence reads {@code no <noun> <key parts joined by />}, e.g. "no invoice 42". */
    public KeyedRecords(StateStore state, String type, Class<T> recordClass, ErrorCode notFound, String noun) {
        this(state, type, recordClass, notFound, parts -> "no " + noun + " " + String.join("/", parts));
    }

    /** Records whose absence is worded from the key parts by {@code missingMessage}. */
    public KeyedRecords(StateStore state, String type, Class<T> recordClass, ErrorCode notFound,
            Function<List<String>, String> missingMessage) {
        this.state = state;
        this.type = type;
        this.recordClass = recordClass;
        this.notFound = notFound;
        this.missingMessage = missingMessage;
    }

    public Optional<T> find(String... keyParts) {
        return state.get(key(keyParts), recordClass);
    }

    // Arrays.asList, not List.of: a null part must still make the message ("no invoice null"), not an NPE.
    public T get(String... keyParts) {
        return find(keyParts).orElseThrow(
                () -> new ChaincodeException(notFound, missingMessage.apply(Arrays.asList(keyParts))));
    }

    /**
     * The record if it exists and {@code visible} accepts it; otherwise exactly the error of a missing record, so a
     * reader cannot tell a record it may not see from one that does not exist.
     */
    public T get(Predicate<? super T> visible, String... keyParts) {
        return find(keyParts).filter(visible).orElseThrow(
                () -> new ChaincodeException(notFound, missingMessage.apply(Arrays.asList(keyParts))));
    }

    public boolean exists(String... keyParts) {
        return state.exists(key(keyParts));
    }

    public void save(T record, String... keyParts) {
        state.put(key(keyParts), record);
    }

    public void delete(String... keyParts) {
        state.delete(key(keyParts));
    }

    /**
     * Every record whose key starts with {@code prefixParts}, in key order. A range read: Fabric re-checks it at
     * validation, so a concurrent insert under the prefix makes the reader retry.
     */
    public List<T> list(String... prefixParts) {
        return state.list(recordClass, type, prefixParts);
    }

    /** One page of all the records of this type, in key order. */
    public Page<T> page(PageRequest request) {
        return state.page(request, recordClass, type);
    }

    private String key(String... keyParts) {
        return state.key(type, keyParts);
    }
}
