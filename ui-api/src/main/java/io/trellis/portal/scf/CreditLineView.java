package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import java.time.OffsetDateTime;

/** A bank's credit line for a core enterprise: its limit, what financings use of it and what is left. */
public record CreditLineView(String id, String financierId, String obligorId, Money limit, Money used, Money available,
        String status, OffsetDateTime grantedAt) {
}
