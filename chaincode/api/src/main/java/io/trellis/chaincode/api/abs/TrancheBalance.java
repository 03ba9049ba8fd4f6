package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/**
 * What a tranche is still owed after a payment date.
 *
 * @param trancheClass         the tranche
 * @param outstandingPrincipal principal not yet repaid
 * @param interestArrears      interest due but unpaid, paid first in the tranche's interest step next time
 */
public record TrancheBalance(TrancheClass trancheClass, Money outstandingPrincipal, Money interestArrears) {
}
