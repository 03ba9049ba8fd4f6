package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/** A credit line with its usage summed over its slots, as {@code GetCreditLine} answers. */
public record CreditLineView(CreditLine line, Money used, Money available) {
}
