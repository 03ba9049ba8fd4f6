package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;

/** What one obligor owes the pool: its vouchers and their principal at pooling. */
public record ObligorShare(String obligorId, long vouchers, Money principalAtPooling) {
}
