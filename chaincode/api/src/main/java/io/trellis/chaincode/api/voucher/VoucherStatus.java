package io.trellis.chaincode.api.voucher;

import java.util.EnumSet;
import java.util.Set;

/** Life of a credit voucher: see docs/domain.md for the state machine. */
public enum VoucherStatus {
    ISSUED,
    ACTIVE,
    REJECTED,
    /** Spent: replaced by children whose amounts sum to it. */
    SPLIT,
    /** Spent: replaced by one child held by the recipient. */
    TRANSFERRED,
    FINANCING,
    FINANCED,
    /** Locked in an ABS pool; pool transactions are added by the ABS feature. */
    POOLED,
    SETTLED,
    OVERDUE;

    /** The statuses of a live claim on the obligor: a payment at maturity settles these, and only these. */
    public static final Set<VoucherStatus> PAYABLE =
            Set.copyOf(EnumSet.of(ACTIVE, FINANCING, FINANCED, POOLED, OVERDUE));
}
