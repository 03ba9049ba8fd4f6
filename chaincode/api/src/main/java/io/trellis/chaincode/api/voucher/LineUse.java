package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.limit.SlotAmount;
import java.util.List;

/**
 * The part of a financier's credit line a financed voucher holds, slot by slot, so settlement or a decline
 * gives back exactly what approval took.
 */
public record LineUse(String financierId, List<SlotAmount> allocation) {

    public LineUse {
        allocation = List.copyOf(allocation);
    }
}
