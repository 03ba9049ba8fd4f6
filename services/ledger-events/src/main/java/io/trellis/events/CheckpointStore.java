package io.trellis.events;

import io.trellis.ledger.events.RelayCheckpoint;
import java.util.Optional;

/** Where the relay resumes. */
public interface CheckpointStore {

    /** The last checkpoint committed by {@link EventSink#publish}, or empty before the first event. */
    Optional<RelayCheckpoint> last();
}
