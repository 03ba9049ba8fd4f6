package io.trellis.chaincode.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.limit.CounterSlot;
import io.trellis.chaincode.api.limit.SlotAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlottedCounterTest {

    /** Slots as a ledger would hold them, counting the reads a use makes. */
    private static final class Slots {
        final Map<Integer, CounterSlot> byIndex = new TreeMap<>();
        final List<Integer> reads = new ArrayList<>();

        Slots(List<CounterSlot> slots) {
            slots.forEach(s -> byIndex.put(s.index(), s));
        }

        CounterSlot read(int index) {
            reads.add(index);
            return byIndex.get(index);
        }

        Optional<List<SlotAmount>> take(long amount, String useId) {
            reads.clear();
            return SlottedCounter.take(amount, SlottedCounter.startSlot(useId, byIndex.size()), byIndex.size(), this::read)
                    .map(take -> {
                take.updated().forEach(s -> byIndex.put(s.index(), s));
                return take.allocation();
            });
        }

        void release(List<SlotAmount> allocation) {
            SlottedCounter.merge(allocation).forEach(part ->
                    byIndex.put(part.slot(), SlottedCounter.release(byIndex.get(part.slot()), part.amount())));
        }

        long used() {
            return byIndex.values().stream().mapToLong(CounterSlot::used).sum();
        }
    }

    /** A use id whose start slot is {@code slot} among {@code slots}. */
    private static String useStartingAt(int slot, int slots) {
        return IntStream.range(0, 10_000).mapToObj(i -> "V" + i)
                .filter(id -> SlottedCounter.startSlot(id, slots) == slot).findFirst().orElseThrow();
    }

    @Test
    void a_limit_is_shared_equally_with_the_remainder_on_slot_zero() {
        List<CounterSlot> slots = SlottedCounter.open(100_003, 4);

        assertThat(slots).containsExactly(new CounterSlot(0, 25_003, 0), new CounterSlot(1, 25_000, 0),
                new CounterSlot(2, 25_000, 0), new CounterSlot(3, 25_000, 0));
        assertThat(SlottedCounter.open(100_000_000_00L, 32).stream().mapToLong(CounterSlot::capacity).sum())
                .isEqualTo(100_000_000_00L);
    }

    @Test
    void growing_adds_capacity_and_keeps_what_is_used() {
        // 10 over 4 slots: 2 each, the remainder 2 on slot 0.
        List<CounterSlot> grown = SlottedCounter.grow(List.of(new CounterSlot(0, 25_003, 25_003),
                new CounterSlot(1, 25_000, 7), new CounterSlot(2, 25_000, 0), new CounterSlot(3, 25_000, 0)), 10);

        assertThat(grown).containsExactly(new CounterSlot(0, 25_007, 25_003), new CounterSlot(1, 25_002, 7),
                new CounterSlot(2, 25_002, 0), new CounterSlot(3, 25_002, 0));
    }

    @Test
    void resizing_keeps_each_slots_use_and_shares_the_free_rest_like_a_fresh_counter() {
        List<CounterSlot> slots = List.of(new CounterSlot(0, 50, 40), new CounterSlot(1, 30, 0), new CounterSlot(2, 20, 10));

        // 60 with 50 used: 10 free, shared 3 / 3 / 3 and the remainder 1 on slot 0.
        assertThat(SlottedCounter.resize(slots, 60)).containsExactly(new CounterSlot(0, 44, 40),
                new CounterSlot(1, 3, 0), new CounterSlot(2, 13, 10));
        assertThat(SlottedCounter.resize(slots, 50)).extracting(CounterSlot::free).containsOnly(0L);
        assertThatThrownBy(() -> SlottedCounter.resize(slots, 49)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_start_slot_is_a_stable_function_of_the_use_id_spread_over_all_slots() {
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            int start = SlottedCounter.startSlot("CV" + i, 32);
            assertThat(start).isBetween(0, 31).isEqualTo(SlottedCounter.startSlot("CV" + i, 32));
            starts.add(start);
        }
        assertThat(starts).hasSize(32);
    }

    @Test
    void a_clients_slot_hint_decides_the_start_slot_modulo_the_slot_count_whatever_the_use_id() {
        assertThat(SlottedCounter.startSlot("CV1", OptionalInt.of(5), 32)).isEqualTo(5);
        assertThat(SlottedCounter.startSlot("CV2", OptionalInt.of(5), 32)).isEqualTo(5);
        assertThat(SlottedCounter.startSlot("CV1", OptionalInt.of(37), 32)).isEqualTo(5);
        assertThat(SlottedCounter.startSlot("CV1", OptionalInt.of(-1), 32)).isEqualTo(31);
        assertThat(SlottedCounter.startSlot("CV1", OptionalInt.empty(), 32)).isEqualTo(SlottedCounter.startSlot("CV1", 32));
    }

    @Test
    void a_use_that_fits_its_start_slot_reads_and_writes_only_that_slot() {
        Slots slots = new Slots(SlottedCounter.open(3_200, 32));
        String use = useStartingAt(7, 32);

        assertThat(slots.take(60, use)).contains(List.of(new SlotAmount(7, 60)));
        assertThat(slots.reads).containsExactly(7);
    }

    @Test
    void a_larger_use_takes_from_the_following_slots_and_wraps_around() {
        Slots slots = new Slots(SlottedCounter.open(400, 4));
        String use = useStartingAt(3, 4);

        assertThat(slots.take(250, use))
                .contains(List.of(new SlotAmount(3, 100), new SlotAmount(0, 100), new SlotAmount(1, 50)));
        assertThat(slots.reads).containsExactly(3, 0, 1);
        assertThat(slots.used()).isEqualTo(250);
    }

    @Test
    void full_slots_are_skipped_and_the_last_free_unit_can_be_taken() {
        Slots slots = new Slots(SlottedCounter.open(400, 4));
        slots.take(100, useStartingAt(1, 4));

        assertThat(slots.take(300, useStartingAt(1, 4)))
                .contains(List.of(new SlotAmount(2, 100), new SlotAmount(3, 100), new SlotAmount(0, 100)));
        assertThat(slots.used()).isEqualTo(400);
        assertThat(slots.take(1, "any")).isEmpty();
    }

    @Test
    void a_use_larger_than_the_free_total_is_refused_and_changes_nothing() {
        Slots slots = new Slots(SlottedCounter.open(400, 4));
        slots.take(150, "first");
        Map<Integer, CounterSlot> before = new TreeMap<>(slots.byIndex);

        assertThat(slots.take(251, "second")).isEmpty();
        assertThat(slots.byIndex).isEqualTo(before);
    }

    @Test
    void releasing_an_allocation_restores_the_slots_exactly() {
        Slots slots = new Slots(SlottedCounter.open(1_000, 8));
        List<SlotAmount> first = slots.take(130, "a").orElseThrow();
        Map<Integer, CounterSlot> afterFirst = new TreeMap<>(slots.byIndex);
        List<SlotAmount> second = slots.take(400, "b").orElseThrow();

        slots.release(second);

        assertThat(slots.byIndex).isEqualTo(afterFirst);
        slots.release(first);
        assertThat(slots.byIndex.values()).containsExactlyElementsOf(SlottedCounter.open(1_000, 8));
    }

    @Test
    void random_uses_and_releases_never_overdraw_any_slot_or_the_limit() {
        Slots slots = new Slots(SlottedCounter.open(1_000_003, 32));
        Random random = new Random(42);
        List<List<SlotAmount>> live = new ArrayList<>();
        long taken = 0;
        for (int i = 0; i < 5_000; i++) {
            if (!live.isEmpty() && random.nextInt(3) == 0) {
                List<SlotAmount> released = live.remove(random.nextInt(live.size()));
                slots.release(released);
                taken -= SlottedCounter.total(released);
            } else {
                long amount = 1 + random.nextInt(120_000);
                Optional<List<SlotAmount>> use = slots.take(amount, "use" + i);
                assertThat(use.isPresent()).isEqualTo(taken + amount <= 1_000_003);
                if (use.isPresent()) {
                    assertThat(SlottedCounter.total(use.get())).isEqualTo(amount);
                    live.add(use.get());
                    taken += amount;
                }
            }
            assertThat(slots.used()).isEqualTo(taken).isLessThanOrEqualTo(1_000_003);
            assertThat(slots.byIndex.values()).allMatch(s -> s.used() <= s.capacity());
        }
    }

    @Test
    void releasing_more_than_a_slot_holds_is_a_bug_not_a_silent_fix() {
        assertThatThrownBy(() -> SlottedCounter.release(new CounterSlot(0, 100, 10), 11))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_allocation_divides_into_consecutive_parts_in_order() {
        List<SlotAmount> allocation = List.of(new SlotAmount(3, 50), new SlotAmount(4, 30));

        assertThat(SlottedCounter.divide(allocation, List.of(20L, 40L, 20L))).containsExactly(
                List.of(new SlotAmount(3, 20)),
                List.of(new SlotAmount(3, 30), new SlotAmount(4, 10)),
                List.of(new SlotAmount(4, 20)));
        assertThat(SlottedCounter.divide(allocation, List.of(80L, 0L)))
                .containsExactly(allocation, List.of());
    }

    @Test
    void dividing_into_parts_that_do_not_sum_to_the_allocation_is_refused() {
        assertThatThrownBy(() -> SlottedCounter.divide(List.of(new SlotAmount(0, 10)), List.of(4L, 5L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void merging_sums_each_slot_once_in_slot_order() {
        assertThat(SlottedCounter.merge(List.of(new SlotAmount(5, 1), new SlotAmount(2, 3), new SlotAmount(5, 4))))
                .containsExactly(new SlotAmount(2, 3), new SlotAmount(5, 5));
    }
}
