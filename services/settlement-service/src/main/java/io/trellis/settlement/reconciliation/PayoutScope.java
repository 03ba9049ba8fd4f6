package io.trellis.settlement.reconciliation;

import io.trellis.chaincode.api.Org;
import java.util.Optional;

/**
 * Which payouts a reader sees, by the chaincode's rule for settlements (docs/domain.md §2a): a bank its own; an
 * operator what names a party its organisation hosts — every payment is posted by a bank (BankMSP) for a core
 * enterprise's vouchers (PlatformMSP), so both operators see all, while a securities operator sees only the
 * payouts to its pools; auditors see all.
 *
 * @param bankId          only this bank's payouts, or null for any bank's
 * @param poolPayoutsOnly only payouts to ABS pools
 */
record PayoutScope(String bankId, boolean poolPayoutsOnly) {
    static final PayoutScope ALL = new PayoutScope(null, false);

    static PayoutScope ofBank(String bankId) {
        return new PayoutScope(bankId, false);
    }

    /** Empty for a token whose MSP id is no organisation of the network: such an operator sees nothing. */
    static Optional<PayoutScope> ofOperator(String mspId) {
        return Org.ofMspId(mspId).map(org -> org == Org.SECURITIES ? new PayoutScope(null, true) : ALL);
    }

    String where() {
        return (bankId == null ? "" : " and bankId = :bank") + (poolPayoutsOnly ? " and poolId is not null" : "");
    }
}
