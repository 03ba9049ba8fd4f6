package io.trellis.scf.financing;

import io.trellis.chaincode.api.financing.Financing;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Read model of a financing: its public part only; the terms stay in the financier's private collection. */
@Entity
@Table(name = "financing")
public class FinancingView extends ProjectedRow {

    @Id
    public String id;

    @Column(name = "voucher_id", nullable = false)
    public String voucherId;

    @Column(name = "applicant_id", nullable = false)
    public String applicantId;

    @Column(name = "financier_id", nullable = false)
    public String financierId;

    @Column(name = "obligor_id", nullable = false)
    public String obligorId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "face_minor", nullable = false)
    public long faceMinor;

    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(nullable = false)
    public String status;

    /** SHA-256 of the private terms, from approval on. */
    @Column(name = "terms_hash")
    public String termsHash;

    @Column(name = "disbursement_payment_id")
    public String disbursementPaymentId;

    /** The financier's reason for a decline. */
    public String reason;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    static FinancingView of(Financing financing, LedgerEventMessage message) {
        FinancingView view = new FinancingView();
        view.id = financing.id();
        view.voucherId = financing.voucherId();
        view.applicantId = financing.applicantId();
        view.financierId = financing.financierId();
        view.obligorId = financing.obligorId();
        view.currency = financing.faceAmount().currency();
        view.faceMinor = financing.faceAmount().minor();
        view.maturityDate = financing.maturityDate();
        view.status = financing.status().name();
        view.termsHash = financing.termsHash();
        view.disbursementPaymentId = financing.disbursementPaymentId();
        view.reason = financing.reason();
        view.appliedAt = OffsetDateTime.parse(financing.appliedAt());
        view.stamp(message, financing.version());
        return view;
    }
}
