package io.trellis.chaincode.api.limit;

/**
 * One slot of a slotted counter, stored under its own key so that uses landing on different slots never
 * touch the same key.
 *
 * @param index    position of the slot, 0 to slots - 1
 * @param capacity the slot's share of the limit, in minor units
 * @param used     the part of the capacity currently taken, in minor units; never above {@code capacity}
 */
public record CounterSlot(int index, long capacity, long used) {

    public CounterSlot {
        if (index < 0 || capacity < 0 || used < 0 || used > capacity) {
            throw new IllegalArgumentException("slot " + index + " out of bounds: used " + used + " of " + capacity);
        }
    }

    public long free() {
        return capacity - used;
    }
}
