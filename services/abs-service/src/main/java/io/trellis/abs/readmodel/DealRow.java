package io.trellis.abs.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Read model of a pool and its deal (one id): parties, criteria, status, structure and trigger state. */
@Entity
@Table(name = "abs_deal")
public class DealRow extends PanacheEntityBase {

    @Id
    @Column(name = "pool_id")
    public String poolId;

    @Column(name = "manager_id", nullable = false)
    public String managerId;

    @Column(name = "originator_id", nullable = false)
    public String originatorId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "cut_off_date", nullable = false)
    public LocalDate cutOffDate;

    @Column(name = "min_days_to_maturity", nullable = false)
    public int minDaysToMaturity;

    @Column(name = "max_days_to_maturity", nullable = false)
    public int maxDaysToMaturity;

    @Column(name = "max_obligor_concentration_bp", nullable = false)
    public int maxObligorConcentrationBp;

    /** Attestation kinds, comma-separated in the ledger's sorted order. */
    @Column(name = "required_attestations", nullable = false)
    public String requiredAttestations;

    @Column(name = "pool_principal_minor", nullable = false)
    public long poolPrincipalMinor;

    @Column(name = "asset_count", nullable = false)
    public int assetCount;

    @Column(nullable = false)
    public String status;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** ISO dates, comma-separated in schedule order; null until structured. */
    @Column(name = "payment_dates")
    public String paymentDates;

    @Column(name = "fees_per_date_minor")
    public Long feesPerDateMinor;

    @Column(name = "default_trigger_bp")
    public Integer defaultTriggerBp;

    /** The transaction that set the structure last (or resized a tranche). */
    @Column(name = "structured_transaction_id")
    public String structuredTransactionId;

    @Column(name = "structured_block_number")
    public Long structuredBlockNumber;

    @Column(name = "trigger_hit", nullable = false)
    public boolean triggerHit;

    @Column(name = "defaulted_principal_minor", nullable = false)
    public long defaultedPrincipalMinor;

    @Column(name = "last_payment_date")
    public LocalDate lastPaymentDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "block_number", nullable = false)
    public long blockNumber;

    @Column(name = "last_transaction_id", nullable = false)
    public String lastTransactionId;

    @Column(name = "last_block_number", nullable = false)
    public long lastBlockNumber;

    static DealRow of(Pool pool, LedgerEventMessage message) {
        DealRow row = new DealRow();
        row.poolId = pool.id();
        row.managerId = pool.managerId();
        row.originatorId = pool.originatorId();
        row.currency = pool.criteria().currency();
        row.cutOffDate = pool.cutOffDate();
        row.minDaysToMaturity = pool.criteria().minDaysToMaturity();
        row.maxDaysToMaturity = pool.criteria().maxDaysToMaturity();
        row.maxObligorConcentrationBp = pool.criteria().maxObligorConcentrationBp();
        row.requiredAttestations = pool.requiredAttestations().stream().map(AttestationKind::name)
                .collect(Collectors.joining(","));
        row.poolPrincipalMinor = pool.principal().minor();
        row.assetCount = pool.assetCount();
        row.status = DealStatus.STRUCTURING.name();
        row.createdAt = OffsetDateTime.parse(pool.createdAt());
        row.transactionId = message.transactionId();
        row.blockNumber = message.blockNumber();
        row.stamp(message);
        return row;
    }

    void structure(DealStructure structure, LedgerEventMessage message) {
        structuredTransactionId = message.transactionId();
        structuredBlockNumber = message.blockNumber();
        issueDate = structure.issueDate();
        paymentDates = structure.paymentDates().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        feesPerDateMinor = structure.feesPerPaymentDate().minor();
        defaultTriggerBp = structure.defaultTriggerBp();
    }

    /** Records that the row now reflects {@code message}. */
    void stamp(LedgerEventMessage message) {
        lastTransactionId = message.transactionId();
        lastBlockNumber = message.blockNumber();
    }

    public DealStatus dealStatus() {
        return DealStatus.valueOf(status);
    }

    public Money money(long minor) {
        return Money.of(minor, currency);
    }

    public List<LocalDate> schedule() {
        return paymentDates == null ? List.of() : Arrays.stream(paymentDates.split(",")).map(LocalDate::parse).toList();
    }

    public List<String> requiredKinds() {
        return requiredAttestations.isEmpty() ? List.of() : List.of(requiredAttestations.split(","));
    }
}
