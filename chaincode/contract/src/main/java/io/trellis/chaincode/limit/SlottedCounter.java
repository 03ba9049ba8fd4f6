package io.trellis.chaincode.limit;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.limit.CounterSlot;
import io.trellis.chaincode.api.limit.SlotAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A limit that many transactions draw on at once (a credit line, an issuance limit), kept as K slots under
 * K keys instead of one "used" value under one key. Pure: the caller reads and writes the slots.
 *
 * <p>Why: Fabric rejects a transaction at validation when a key it read was written meanwhile, and re-runs
 * range reads to catch phantoms, so neither a single counter nor per-use rows summed by a range read can take
 * concurrent uses. Here a use starts at a slot picked from a hash of its id and walks on to the next slots only
 * while it is not covered, so two uses conflict only when they touch a common slot.
 *
 * <p>Trade-off: a use larger than its start slot's free capacity touches several keys, and as the counter fills,
 * uses wander over more slots and conflict more often (retries, never wrong answers). A use is refused only when
 * all slots together cannot cover it. It can never overdraw: each slot's used amount stays within its capacity,
 * and two transactions writing one slot cannot both commit. Reading the total costs K reads, so only queries do.
 */
public final class SlottedCounter {
    public static final int DEFAULT_SLOTS = 32;
    public static final int MAX_SLOTS = 99;

    private SlottedCounter() {
    }

    /** The result of a successful use: what was taken from which slot, and the slots to write back. */
    public record Take(List<SlotAmount> allocation, List<CounterSlot> updated) {
        public Take {
            allocation = List.copyOf(allocation);
            updated = List.copyOf(updated);
        }
    }

    /** A fresh counter: {@code limit} shared equally by {@code slots} slots, the remainder on slot 0. */
    public static List<CounterSlot> open(long limit, int slots) {
        requireSlots(slots);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        List<CounterSlot> result = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            result.add(new CounterSlot(i, share(limit, slots, i), 0));
        }
        return result;
    }

    /** Adds {@code extra} capacity, shared as {@link #open} shares it; used amounts stay as they are. */
    public static List<CounterSlot> grow(List<CounterSlot> current, long extra) {
        if (extra < 0) {
            throw new IllegalArgumentException("a counter only grows");
        }
        int slots = current.size();
        requireSlots(slots);
        return current.stream()
                .map(s -> new CounterSlot(s.index(), Amounts.add(s.capacity(), share(extra, slots, s.index())), s.used()))
                .toList();
    }

    /**
     * The same slots sharing {@code limit} instead: each keeps what it uses, and the free rest is shared as {@link #open}
     * shares it. How a reduced or revoked limit rewrites its slots.
     */
    public static List<CounterSlot> resize(List<CounterSlot> current, long limit) {
        int slots = current.size();
        requireSlots(slots);
        long free = limit - used(current);
        if (free < 0) {
            throw new IllegalArgumentException("a limit of " + limit + " is below what is used");
        }
        return current.stream()
                .map(s -> new CounterSlot(s.index(), Amounts.add(s.used(), share(free, slots, s.index())), s.used()))
                .toList();
    }

    /** What the slots use together. */
    public static long used(List<CounterSlot> slots) {
        return slots.stream().mapToLong(CounterSlot::used).reduce(0, Amounts::add);
    }

    /** The slot a use starts at: the first four bytes of SHA-256 of its id, modulo the slot count. */
    public static int startSlot(String useId, int slots) {
        requireSlots(slots);
        byte[] hash = Hashes.sha256(useId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long head = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
        return (int) (head % slots);
    }

    /** The slot a use starts at when its client chose one ({@code hint}, any integer), else from its id. */
    public static int startSlot(String useId, OptionalInt hint, int slots) {
        requireSlots(slots);
        return hint.isPresent() ? Math.floorMod(hint.getAsInt(), slots) : startSlot(useId, slots);
    }

    /**
     * Takes {@code amount} from the slots, starting at slot {@code start} and moving to the following ones
     * (wrapping around) only while the amount is not covered, so that as few slots as possible are read.
     *
     * @param slotAt reads slot {@code i}; called at most once per slot, in walking order
     * @return the allocation and updated slots, or empty when all slots together have less than {@code amount} free
     */
    public static Optional<Take> take(long amount, int start, int slots, IntFunction<CounterSlot> slotAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a use takes a positive amount");
        }
        if (start < 0 || start >= slots) {
            throw new IllegalArgumentException("start slot " + start + " outside 0.." + (slots - 1));
        }
        List<SlotAmount> allocation = new ArrayList<>();
        List<CounterSlot> updated = new ArrayList<>();
        long remaining = amount;
        for (int step = 0; step < slots && remaining > 0; step++) {
            CounterSlot slot = slotAt.apply((start + step) % slots);
            long taken = Math.min(slot.free(), remaining);
            if (taken > 0) {
                allocation.add(new SlotAmount(slot.index(), taken));
                updated.add(new CounterSlot(slot.index(), slot.capacity(), slot.used() + taken));
                remaining -= taken;
            }
        }
        return remaining == 0 ? Optional.of(new Take(allocation, updated)) : Optional.empty();
    }

    /** Gives back {@code amount} taken from {@code slot} earlier. */
    public static CounterSlot release(CounterSlot slot, long amount) {
        if (amount <= 0 || amount > slot.used()) {
            throw new IllegalStateException("slot " + slot.index() + " cannot release " + amount + " of " + slot.used());
        }
        return new CounterSlot(slot.index(), slot.capacity(), slot.used() - amount);
    }

    public static long total(List<SlotAmount> allocation) {
        long total = 0;
        for (SlotAmount part : allocation) {
            total = Amounts.add(total, part.amount());
        }
        return total;
    }

    /**
     * Divides an allocation into consecutive parts of the given sizes, in allocation order: how a split hands
     * its children the parent's share of a limit, and how a partial payment separates what it releases.
     */
    public static List<List<SlotAmount>> divide(List<SlotAmount> allocation, List<Long> parts) {
        long sum = 0;
        for (long part : parts) {
            if (part < 0) {
                throw new IllegalArgumentException("parts must not be negative");
            }
            sum = Amounts.add(sum, part);
        }
        if (sum != total(allocation)) {
            throw new IllegalArgumentException("parts sum to " + sum + " but the allocation holds " + total(allocation));
        }
        List<List<SlotAmount>> result = new ArrayList<>();
        int entry = 0;
        long leftInEntry = allocation.isEmpty() ? 0 : allocation.get(0).amount();
        for (long part : parts) {
            List<SlotAmount> piece = new ArrayList<>();
            long need = part;
            while (need > 0) {
                long taken = Math.min(need, leftInEntry);
                piece.add(new SlotAmount(allocation.get(entry).slot(), taken));
                need -= taken;
                leftInEntry -= taken;
                if (leftInEntry == 0 && entry + 1 < allocation.size()) {
                    entry++;
                    leftInEntry = allocation.get(entry).amount();
                }
            }
            result.add(List.copyOf(piece));
        }
        return result;
    }

    /** One entry per slot, by slot index: several releases of one transaction must write each slot once. */
    public static List<SlotAmount> merge(List<SlotAmount> allocation) {
        Map<Integer, Long> bySlot = new TreeMap<>();
        for (SlotAmount part : allocation) {
            bySlot.merge(part.slot(), part.amount(), Amounts::add);
        }
        return bySlot.entrySet().stream().map(e -> new SlotAmount(e.getKey(), e.getValue())).toList();
    }

    private static long share(long amount, int slots, int index) {
        return amount / slots + (index == 0 ? amount % slots : 0);
    }

    private static void requireSlots(int slots) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("a counter has 1 to " + MAX_SLOTS + " slots");
        }
    }
}
