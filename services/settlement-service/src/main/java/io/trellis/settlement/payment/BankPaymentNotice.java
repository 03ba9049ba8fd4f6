package io.trellis.settlement.payment;

import java.time.LocalDate;

/**
 * A bank's payment message on {@code trellis.payments.in} (schema: docs/settlement.md). Read strictly: an
 * unknown field, a number where text belongs or a second value for a field makes it malformed.
 *
 * @param paymentId the bank's reference, unique per bank
 * @param bankId    the bank that moved the money (a FINANCIER party)
 * @param payerId   whose money it is: the obligor for a maturity payment, the bank itself for a disbursement
 * @param amount    decimal string, at most two decimals
 * @param currency  ISO 4217
 * @param valueDate the date the money moved
 * @param reference what the money is for
 */
public record BankPaymentNotice(String paymentId, String bankId, String payerId, String amount, String currency,
        LocalDate valueDate, Reference reference) {

    /** Exactly one of the two: a voucher the obligor issued (pays its tree at maturity) or a financing (disbursement). */
    public record Reference(String voucherId, String financingId) {
    }
}
