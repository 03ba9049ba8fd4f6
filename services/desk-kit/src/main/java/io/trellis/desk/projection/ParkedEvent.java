package io.trellis.desk.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A ledger event that arrived before the row it changes; see {@link ParkedEvents}. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @EmbeddedId
    public ProjectedEvent.Key key;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "block_number", nullable = false)
    public long blockNumber;

    /** The whole {@code LedgerEventMessage} as it came from Kafka. */
    @Column(nullable = false)
    public String message;
}
