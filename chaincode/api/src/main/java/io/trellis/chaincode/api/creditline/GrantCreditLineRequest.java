package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/** Arguments of {@code GrantCreditLine}: the calling financier grants {@code limit} to a core enterprise. */
public record GrantCreditLineRequest(String obligorId, Money limit) {
}
