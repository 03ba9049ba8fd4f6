package io.trellis.ledger.clock;

import io.trellis.ledger.ContractSource;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.GatewayContractSource;
import java.time.Instant;
import java.util.function.Supplier;
import org.hyperledger.fabric.client.Contract;

/**
 * Contracts whose proposals carry a chosen timestamp. The chaincode takes its business date from the
 * proposal timestamp, which Fabric v2.5 peers accept as the client sets it: the scenarios use that to reach
 * maturity and payment dates without waiting for them. A peer that checks timestamps against its clock
 * refuses these proposals.
 */
public final class ClockedContractSource implements ContractSource {
    private final GatewayContractSource gateways;
    private final Supplier<Instant> clock;

    public ClockedContractSource(GatewayContractSource gateways, Supplier<Instant> clock) {
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public Contract contractFor(FabricIdentity identity) {
        return new ClockedContract(gateways.contractFor(identity), gateways.gatewayFor(identity), clock);
    }
}
