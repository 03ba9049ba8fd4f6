package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.testing.InMemoryLedger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a transaction can leave behind on the in-memory ledger: world state, the private data of every
 * organisation's financing collection, and the committed events. Values are compared byte for byte; the ledger
 * never hands out its stored arrays for writing, so an unchanged entry is the same array. The ledger's count of
 * committed changes comes first: while it stands still nothing was written, and the key-by-key comparison (most
 * tries are refused calls, each compared against a world of hundreds of keys) is skipped.
 */
record LedgerImage(NavigableMap<String, byte[]> state, Map<String, SortedMap<String, byte[]>> privateData, int events,
        long changes) {

    /** Every private data collection the chaincode writes: financing terms per financier MSP. */
    private static final String[] COLLECTIONS = Arrays.stream(Org.values())
            .map(org -> "financing-" + org.mspId()).toArray(String[]::new);

    static LedgerImage of(InMemoryLedger ledger) {
        Map<String, SortedMap<String, byte[]>> privateData = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            privateData.put(collection, new TreeMap<>(ledger.privateState(collection)));
        }
        return new LedgerImage(new TreeMap<>(ledger.state()), privateData, ledger.events().size(), ledger.changes());
    }

    /** The first difference between this image and the ledger now, if any. */
    Optional<String> differenceFrom(InMemoryLedger ledger) {
        if (ledger.changes() == changes) {
            return Optional.empty();
        }
        Optional<String> state = difference("world state", this.state, ledger.state());
        if (state.isPresent()) {
            return state;
        }
        for (var collection : privateData.entrySet()) {
            Optional<String> d = difference("private data " + collection.getKey(), collection.getValue(),
                    ledger.privateState(collection.getKey()));
            if (d.isPresent()) {
                return d;
            }
        }
        int now = ledger.events().size();
        return now == events ? Optional.empty() : Optional.of((now - events) + " more committed event(s)");
    }

    /** Whether the ledger has committed anything since this image was taken. */
    boolean outdatedBy(InMemoryLedger ledger) {
        return ledger.changes() != changes;
    }

    /** How many keys the world state holds beyond this image. */
    int keysAddedBy(InMemoryLedger ledger) {
        return ledger.state().size() - state.size();
    }

    private static Optional<String> difference(String what, SortedMap<String, byte[]> before, SortedMap<String, byte[]> now) {
        if (before.size() != now.size()) {
            return Optional.of(what + ": " + before.size() + " keys before, " + now.size() + " after"
                    + firstKeyOnlyIn(now, before).map(k -> " (new key " + printable(k) + ")").orElse(""));
        }
        Iterator<Map.Entry<String, byte[]>> a = before.entrySet().iterator();
        Iterator<Map.Entry<String, byte[]>> b = now.entrySet().iterator();
        while (a.hasNext()) {
            Map.Entry<String, byte[]> x = a.next();
            Map.Entry<String, byte[]> y = b.next();
            if (!x.getKey().equals(y.getKey())) {
                return Optional.of(what + ": key " + printable(x.getKey()) + " became " + printable(y.getKey()));
            }
            if (!Arrays.equals(x.getValue(), y.getValue())) {
                return Optional.of(what + ": value of " + printable(x.getKey()) + " changed");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstKeyOnlyIn(SortedMap<String, byte[]> map, SortedMap<String, byte[]> other) {
        return map.keySet().stream().filter(k -> !other.containsKey(k)).findFirst();
    }

    static String printable(String text) {
        return text.replace("\u0000", "\\0");
    }
}
