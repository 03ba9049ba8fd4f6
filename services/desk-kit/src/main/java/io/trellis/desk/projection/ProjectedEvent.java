package io.trellis.desk.projection;

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

    /**
     * Claims (transaction id, index) for this projection. Returns false when another delivery already
     * claimed it: the insert waits for a concurrent claimant's transaction and then finds its row, so two
     * service instances never both apply one event.
     */
    public static boolean claim(String transactionId, int eventIndex) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into projected_event (transaction_id, event_index, projected_at)
                        values (:tx, :index, :at) on conflict do nothing""")
                .setParameter("tx", transactionId)
                .setParameter("index", eventIndex)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        return inserted == 1;
    }
}
