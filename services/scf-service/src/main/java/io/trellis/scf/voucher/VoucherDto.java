package io.trellis.scf.voucher;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A voucher as the API shows it. */
public record VoucherDto(String id, String rootId, String parentId, String obligorId, String holderId, Money amount,
        Money outstanding, LocalDate issueDate, LocalDate maturityDate, int tier, String status, String poolId,
        OffsetDateTime createdAt, long version, String lastTransactionId, long lastBlockNumber) {

    static VoucherDto of(VoucherView view) {
        return new VoucherDto(view.id, view.rootId, view.parentId, view.obligorId, view.holderId,
                Money.of(view.amountMinor, view.currency), Money.of(view.outstandingMinor, view.currency),
                view.issueDate, view.maturityDate, view.tier, view.status, view.poolId, view.createdAt, view.version,
                view.lastTransactionId, view.lastBlockNumber);
    }
}
