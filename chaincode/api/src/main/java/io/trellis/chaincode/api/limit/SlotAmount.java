package io.trellis.chaincode.api.limit;

/**
 * The part of one use taken from one slot; a use records its list so that a release returns exactly it.
 *
 * @param slot   slot index
 * @param amount minor units taken from that slot, positive
 */
public record SlotAmount(int slot, long amount) {

    public SlotAmount {
        if (slot < 0 || amount <= 0) {
            throw new IllegalArgumentException("slot amount must name a slot and a positive amount");
        }
    }
}
