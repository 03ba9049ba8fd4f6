package io.trellis.scf.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A voucher's membership of an ABS pool; {@link VoucherView#poolId} reads it. */
@Entity
@Table(name = "voucher_pool")
public class VoucherPool extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "added_on", nullable = false)
    public LocalDate addedOn;

    @Embeddable
    public record Key(@Column(name = "voucher_id") String voucherId, @Column(name = "pool_id") String poolId)
            implements Serializable {
    }
}
