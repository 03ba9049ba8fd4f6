package io.trellis.chaincode.api.creditline;

/** Arguments of {@code RevokeCreditLine}: the granting financier stops financing a core enterprise's vouchers. */
public record RevokeCreditLineRequest(String obligorId) {
}
