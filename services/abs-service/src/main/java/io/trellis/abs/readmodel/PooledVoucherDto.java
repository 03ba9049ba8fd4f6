package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A pooled voucher seen through the pool: as it was added (principal at pooling, maturity, the transaction that
 * added it) and as it is now (status, what it still owes, the transaction of its last change; null if unknown).
 */
public record PooledVoucherDto(String voucherId, String obligorId, Money principalAtPooling, LocalDate maturityDate,
        LocalDate addedOn, String transactionId, long blockNumber, String status, Money outstanding,
        String statusTransactionId, Long statusBlockNumber) {

    static PooledVoucherDto of(PoolAssetRow asset, PooledVoucherRow now, String currency) {
        Money principal = Money.of(asset.principalMinor, currency);
        if (now == null) {
            return new PooledVoucherDto(asset.voucherId, asset.obligorId, principal, asset.maturityDate, asset.addedOn,
                    asset.transactionId, asset.blockNumber, null, principal, null, null);
        }
        Money outstanding = now.outstandingMinor == null ? principal : Money.of(now.outstandingMinor, currency);
        return new PooledVoucherDto(asset.voucherId, asset.obligorId, principal, asset.maturityDate, asset.addedOn,
                asset.transactionId, asset.blockNumber, now.status, outstanding, now.lastTransactionId,
                now.lastBlockNumber);
    }
}
