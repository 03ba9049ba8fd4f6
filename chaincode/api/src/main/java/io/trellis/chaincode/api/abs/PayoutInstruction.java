package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/**
 * One payment a bank must make to an investor on a payment date.
 *
 * @param investorId   the investor's party id
 * @param trancheClass the tranche the payment is for
 * @param kind         interest, principal or the subordinated residual
 * @param amount       a positive amount
 */
public record PayoutInstruction(String investorId, TrancheClass trancheClass, PayoutKind kind, Money amount) {
}
