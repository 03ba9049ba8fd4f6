package io.trellis.scf.party;

import io.trellis.chaincode.api.party.Party;

/** Answer to a registration: the party as committed, with the transaction that committed it. */
public record RegistrationReceipt(Party party, String transactionId, long blockNumber) {
}
