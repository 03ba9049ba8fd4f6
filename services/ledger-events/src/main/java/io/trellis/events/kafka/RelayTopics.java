package io.trellis.events.kafka;

/**
 * Topics of the relay.
 *
 * @param events        where domain events go (trellis.ledger.events)
 * @param checkpoints   compacted topic holding the relay's last checkpoint
 * @param checkpointKey key of this relay's checkpoint: one per channel and chaincode
 */
public record RelayTopics(String events, String checkpoints, String checkpointKey) {
}
