package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/** How much of a pool one obligor still owes, over how many vouchers. */
public record ObligorExposure(String obligorId, String obligorName, Money outstanding, int vouchers) {
}
