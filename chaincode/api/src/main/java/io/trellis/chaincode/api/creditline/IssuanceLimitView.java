package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/** An issuance limit with its usage summed over its slots, as {@code GetIssuanceLimit} answers. */
public record IssuanceLimitView(IssuanceLimit limit, Money used, Money available) {
}
