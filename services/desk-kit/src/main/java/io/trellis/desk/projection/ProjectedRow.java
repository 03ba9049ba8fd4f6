package io.trellis.desk.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A read-model row of a versioned ledger aggregate, with the event it last took its state from. */
@MappedSuperclass
public abstract class ProjectedRow extends PanacheEntityBase {

    @Column(nullable = false)
    public long version;

    @Column(name = "last_transaction_id", nullable = false)
    public String lastTransactionId;

    @Column(name = "last_block_number", nullable = false)
    public long lastBlockNumber;

    /**
     * True when an event of {@code eventVersion} is newer than this row. An older or equal version is a late
     * delivery whose effect the row already has.
     */
    public boolean isOlderThan(long eventVersion) {
        return eventVersion > version;
    }

    /** Records that the row now reflects {@code message}, at the aggregate's {@code newVersion}. */
    public void stamp(LedgerEventMessage message, long newVersion) {
        version = newVersion;
        lastTransactionId = message.transactionId();
        lastBlockNumber = message.blockNumber();
    }
}
