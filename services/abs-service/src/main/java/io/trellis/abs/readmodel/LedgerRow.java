package io.trellis.abs.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A read-model row of one deal, with the ledger transaction and block that last wrote it: what a reader quotes to
 * check the row against the ledger.
 */
@MappedSuperclass
public abstract class LedgerRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pool_id", nullable = false)
    public String poolId;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "block_number", nullable = false)
    public long blockNumber;

    /** Records that the row of {@code pool} now reflects {@code message}. */
    void stamp(String pool, LedgerEventMessage message) {
        poolId = pool;
        transactionId = message.transactionId();
        blockNumber = message.blockNumber();
    }
}
