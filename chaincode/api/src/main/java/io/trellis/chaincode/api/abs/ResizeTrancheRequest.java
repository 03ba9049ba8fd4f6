package io.trellis.chaincode.api.abs;

/** Arguments of {@code ResizeTranche}: shrink an undersubscribed tranche to {@code units}. */
public record ResizeTrancheRequest(String poolId, TrancheClass trancheClass, long units) {
}
