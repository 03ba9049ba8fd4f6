package io.trellis.chaincode.api.financing;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A holder's request to a financier to buy a voucher at a discount. The agreed terms are private: only
 * their hash is public.
 *
 * @param id                     {@code FN} + 20 hex of the applying tx id
 * @param voucherId              the voucher, locked (FINANCING) while the financing is open
 * @param applicantId            the holder who applied
 * @param financierId            the financier asked
 * @param obligorId              the voucher's obligor, whose credit line at the financier is used
 * @param faceAmount             the voucher's face amount
 * @param maturityDate           the voucher's maturity
 * @param status                 current state
 * @param termsHash              SHA-256 (lowercase hex) of the private {@link FinancingTerms} once approved
 * @param disbursementPaymentId  the payment that paid the proceeds, once disbursed
 * @param reason                 the financier's reason for a decline, else null
 * @param appliedAt              transaction timestamp of the application
 * @param version                incremented by every change
 */
public record Financing(
        String id,
        String voucherId,
        String applicantId,
        String financierId,
        String obligorId,
        Money faceAmount,
        LocalDate maturityDate,
        FinancingStatus status,
        String termsHash,
        String disbursementPaymentId,
        String reason,
        String appliedAt,
        long version) {

    public Financing with(FinancingStatus newStatus, String newTermsHash, String newPaymentId, String newReason) {
        return new Financing(id, voucherId, applicantId, financierId, obligorId, faceAmount, maturityDate, newStatus,
                newTermsHash, newPaymentId, newReason, appliedAt, version + 1);
    }
}
