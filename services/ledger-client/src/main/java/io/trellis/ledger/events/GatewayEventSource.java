package io.trellis.ledger.events;

import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.GatewayContractSource;
import java.util.Optional;
import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.ChaincodeEventsRequest;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;

/** Chaincode events from a peer's Gateway, resuming after a checkpoint (its block, after its transaction). */
public final class GatewayEventSource implements ChaincodeEventSource {
    private final GatewayContractSource gateways;
    private final FabricIdentity reader;

    public GatewayEventSource(GatewayContractSource gateways, FabricIdentity reader) {
        this.gateways = gateways;
        this.reader = reader;
    }

    @Override
    public CloseableIterator<ChaincodeEvent> eventsAfter(Optional<RelayCheckpoint> checkpoint) {
        ChaincodeEventsRequest.Builder request = gateways.networkFor(reader)
                .newChaincodeEventsRequest(gateways.settings().chaincode());
        checkpoint.ifPresentOrElse(c -> request.checkpoint(fabricCheckpoint(c)), () -> request.startBlock(0));
        return request.build().getEvents();
    }

    private static Checkpoint fabricCheckpoint(RelayCheckpoint checkpoint) {
        return new Checkpoint() {
            @Override
            public OptionalLong getBlockNumber() {
                return OptionalLong.of(checkpoint.blockNumber());
            }

            @Override
            public Optional<String> getTransactionId() {
                return Optional.ofNullable(checkpoint.transactionId());
            }
        };
    }
}
