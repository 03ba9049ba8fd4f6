package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;

/**
 * A tranche as the API shows it: terms, units offered and subscribed (null before subscription closes), and what it
 * is still owed after the last payment date; the transaction and block that last changed it.
 */
public record TrancheDto(String trancheClass, Money principal, long units, int couponBp, Long offeredUnits,
        Long subscribedUnits, Money outstandingPrincipal, Money interestArrears, String transactionId,
        long blockNumber) {

    static TrancheDto of(TrancheRow row, String currency) {
        return new TrancheDto(row.trancheClass, Money.of(row.principalMinor, currency), row.units(), row.couponBp,
                row.offeredUnits, row.subscribedUnits, Money.of(row.outstandingPrincipalMinor, currency),
                Money.of(row.interestArrearsMinor, currency), row.transactionId, row.blockNumber);
    }
}
