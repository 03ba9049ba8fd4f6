package io.trellis.portal.scf;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The public part of a financing (never its rate or interest, which stay in the bank's private collection). */
public record FinancingView(String id, String voucherId, String applicantId, String financierId, String obligorId,
        Money faceAmount, LocalDate maturityDate, String status, String termsHash, String disbursementPaymentId,
        String reason, OffsetDateTime appliedAt) {
}
