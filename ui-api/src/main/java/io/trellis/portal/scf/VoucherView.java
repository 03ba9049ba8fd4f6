package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A credit voucher as its holder and its obligor see it. */
public record VoucherView(String id, String rootId, String parentId, String obligorId, String holderId, Money amount,
        Money outstanding, LocalDate issueDate, LocalDate maturityDate, int tier, VoucherStatus status, String poolId,
        OffsetDateTime createdAt) {

    /**
     * Statuses in which the voucher is a claim the obligor still has to pay at maturity. A spent voucher (split,
     * transferred) lives on in its children, a rejected or settled one is owed no more.
     */
    private static final Set<VoucherStatus> OWED = EnumSet.of(VoucherStatus.ISSUED, VoucherStatus.ACTIVE,
            VoucherStatus.FINANCING, VoucherStatus.FINANCED, VoucherStatus.POOLED, VoucherStatus.OVERDUE);

    public boolean owed() {
        return OWED.contains(status) && outstanding.isPositive();
    }
}
