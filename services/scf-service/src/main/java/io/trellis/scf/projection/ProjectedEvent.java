package io.trellis.scf.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** Marks a ledger event as applied to the read model, so a redelivered event changes nothing. */
@Entity
@Table(name = "projected_event")
public class ProjectedEvent extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "projected_at", nullable = false)
    public OffsetDateTime projectedAt;

    /** (transaction id, index in the transaction's event batch). */
    @Embeddable
    public record Key(@Column(name = "transaction_id") String transactionId,
                      @Column(name = "event_index") int eventIndex) implements Serializable {
    }

    public static boolean isProjected(String transactionId, int eventIndex) {
        return findById(new Key(transactionId, eventIndex)) != null;
    }

    public static void mark(String transactionId, int eventIndex) {
        ProjectedEvent marker = new ProjectedEvent();
        marker.key = new Key(transactionId, eventIndex);
        marker.projectedAt = OffsetDateTime.now();
        marker.persist();
    }
}
