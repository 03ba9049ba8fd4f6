package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.ledger.events.LedgerEventMessage;

/**
 * A pool's vouchers as they join and leave it. The pool's principal is the sum of its entries' principal at pooling,
 * as on the ledger, so each addition adds and each removal subtracts its entry.
 */
final class PoolComposition {

    private PoolComposition() {
    }

    static void added(DealRow deal, PoolEntry entry, LedgerEventMessage message) {
        PoolAssetRow.of(entry, message).persist();
        deal.poolPrincipalMinor += entry.principal().minor();
        deal.assetCount++;
    }

    static void removed(DealRow deal, String voucherId) {
        PoolAssetRow entry = PoolAssetRow.find("poolId = ?1 and voucherId = ?2", deal.poolId, voucherId).firstResult();
        if (entry == null) {
            throw new IllegalStateException("pool " + deal.poolId + " has no voucher " + voucherId + " to remove");
        }
        deal.poolPrincipalMinor -= entry.principalMinor;
        deal.assetCount--;
        entry.delete();
    }
}
