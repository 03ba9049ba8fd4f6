package io.trellis.scf.creditline;

import io.trellis.chaincode.api.Money;
import java.time.OffsetDateTime;

/** A credit line as the API shows it: its limit, what approved financings use of it, and what is left. */
public record CreditLineDto(String id, String financierId, String obligorId, Money limit, Money used,
        Money available, OffsetDateTime grantedAt, long version, String lastTransactionId) {

    static CreditLineDto of(CreditLineView view) {
        return new CreditLineDto(view.id, view.financierId, view.obligorId, Money.of(view.limitMinor, view.currency),
                Money.of(view.usedMinor, view.currency),
                Money.of(Math.subtractExact(view.limitMinor, view.usedMinor), view.currency), view.grantedAt,
                view.version, view.lastTransactionId);
    }
}
