package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;

/**
 * A voucher's place in a pool: what eligibility needs of it without loading the voucher, and what removal restores.
 *
 * @param poolId           the pool
 * @param voucherId        the pooled voucher
 * @param obligorId        its obligor
 * @param principal        its outstanding when added
 * @param maturity         its maturity date
 * @param previousStatus   its status before pooling (ACTIVE or FINANCED)
 * @param previousHolderId its holder before pooling (the originator)
 * @param addedOn          business date of the addition
 */
public record PoolEntry(
        String poolId,
        String voucherId,
        String obligorId,
        Money principal,
        LocalDate maturity,
        VoucherStatus previousStatus,
        String previousHolderId,
        LocalDate addedOn) {
}
