package io.trellis.scf.financing;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A financing as the API shows it: never the rate, value date, interest or proceeds. */
public record FinancingDto(String id, String voucherId, String applicantId, String financierId, String obligorId,
        Money faceAmount, LocalDate maturityDate, String status, String termsHash, String disbursementPaymentId,
        String reason, OffsetDateTime appliedAt, long version, String lastTransactionId) {

    static FinancingDto of(FinancingView view) {
        return new FinancingDto(view.id, view.voucherId, view.applicantId, view.financierId, view.obligorId,
                Money.of(view.faceMinor, view.currency), view.maturityDate, view.status, view.termsHash,
                view.disbursementPaymentId, view.reason, view.appliedAt, view.version, view.lastTransactionId);
    }
}
