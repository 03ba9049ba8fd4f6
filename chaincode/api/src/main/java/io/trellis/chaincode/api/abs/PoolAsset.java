package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * What the ABS rules need to know of a credit voucher; the voucher contract maps its own record onto this view.
 *
 * @param voucherId   the voucher's id
 * @param obligorId   the root obligor (core enterprise) who pays at maturity
 * @param holderId    the party currently holding the voucher
 * @param outstanding the amount still to be paid by the obligor
 * @param maturity    the date the obligor must pay
 * @param status      the voucher's status
 * @param poolId      the pool holding the voucher, or null when it is in none
 */
public record PoolAsset(
        String voucherId,
        String obligorId,
        String holderId,
        Money outstanding,
        LocalDate maturity,
        PoolAssetStatus status,
        String poolId) {
}
