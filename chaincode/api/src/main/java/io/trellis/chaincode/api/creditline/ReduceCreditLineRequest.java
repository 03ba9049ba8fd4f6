package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/** Arguments of {@code ReduceCreditLine}: the granting financier lowers its line for a core enterprise to {@code limit}. */
public record ReduceCreditLineRequest(String obligorId, Money limit) {
}
