package io.trellis.chaincode.limit;

import io.trellis.chaincode.api.limit.CounterSlot;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.core.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The slots of one {@link SlottedCounter} in world state: {@code <type>/<owner...>/<NN>}, one key per slot.
 * Reads only the slots a use walks over, so unrelated uses stay free of conflicts.
 */
public final class CounterStore {
    private final StateStore state;
    private final String type;
    private final String[] owner;

    public CounterStore(StateStore state, String type, String... owner) {
        this.state = state;
        this.type = type;
        this.owner = owner.clone();
    }

    public void write(List<CounterSlot> slots) {
        slots.forEach(slot -> state.put(key(slot.index()), slot));
    }

    public List<CounterSlot> readAll(int slots) {
        return IntStream.range(0, slots).mapToObj(this::read).toList();
    }

    /** Takes {@code amount} starting at slot {@code start}; empty (and nothing written) when the counter cannot cover it. */
    public Optional<List<SlotAmount>> take(long amount, int start, int slots) {
        return SlottedCounter.take(amount, start, slots, this::read).map(take -> {
            write(take.updated());
            return take.allocation();
        });
    }

    /** Gives back an allocation, possibly several uses' concatenated: each slot is read and written once. */
    public void release(List<SlotAmount> allocation) {
        List<CounterSlot> released = new ArrayList<>();
        for (SlotAmount part : SlottedCounter.merge(allocation)) {
            released.add(SlottedCounter.release(read(part.slot()), part.amount()));
        }
        write(released);
    }

    public long used(int slots) {
        return SlottedCounter.used(readAll(slots));
    }

    private CounterSlot read(int index) {
        return state.get(key(index), CounterSlot.class)
                .orElseThrow(() -> new IllegalStateException("counter slot missing: " + type + " " + index));
    }

    private String key(int index) {
        String[] attributes = new String[owner.length + 1];
        System.arraycopy(owner, 0, attributes, 0, owner.length);
        attributes[owner.length] = (index < 10 ? "0" : "") + index;
        return state.key(type, attributes);
    }
}
