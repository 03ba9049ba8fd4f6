package io.trellis.ledger;

import org.hyperledger.fabric.client.Contract;

/** Gives the chaincode contract as seen by one identity: proposals made through it are signed by that identity. */
@FunctionalInterface
public interface ContractSource {

    Contract contractFor(FabricIdentity identity);
}
