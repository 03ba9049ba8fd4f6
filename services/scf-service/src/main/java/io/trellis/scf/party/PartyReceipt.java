package io.trellis.scf.party;

import io.trellis.chaincode.api.party.Party;

/** Answer to a party change: the party as committed, with the transaction that committed it. */
public record PartyReceipt(Party party, String transactionId, long blockNumber) {
}
