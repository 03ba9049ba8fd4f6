package io.trellis.scf.creditline;

import io.trellis.chaincode.api.Money;
import java.time.OffsetDateTime;

/**
 * A credit line as the API shows it: its limit, what approved financings use of it, what is left, and whether it
 * still finances ({@code ACTIVE}) or was revoked ({@code REVOKED}).
 */
public record CreditLineDto(String id, String financierId, String obligorId, Money limit, Money used,
        Money available, String status, OffsetDateTime grantedAt, long version, String lastTransactionId) {

    static CreditLineDto of(CreditLineView view) {
        return new CreditLineDto(view.id, view.financierId, view.obligorId, Money.of(view.limitMinor, view.currency),
                Money.of(view.usedMinor, view.currency),
                Money.of(Math.subtractExact(view.limitMinor, view.usedMinor), view.currency), view.status,
                view.grantedAt, view.version, view.lastTransactionId);
    }
}
