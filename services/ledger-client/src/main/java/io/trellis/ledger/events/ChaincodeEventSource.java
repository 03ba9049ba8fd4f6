package io.trellis.ledger.events;

import java.util.Optional;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;

/** The chaincode's events in commit order, as a stream that waits for new ones. */
public interface ChaincodeEventSource {

    /** Events after {@code checkpoint}, or from the first block when there is none. */
    CloseableIterator<ChaincodeEvent> eventsAfter(Optional<RelayCheckpoint> checkpoint);
}
