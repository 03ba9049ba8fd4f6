package io.trellis.chaincode.api.financing;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * The private terms of an approved financing, kept in the collection {@code financing-<financier MSP id>};
 * the public {@link Financing#termsHash()} is the SHA-256 of this record's canonical JSON.
 *
 * @param financingId the financing
 * @param rateBps     annual discount rate in basis points
 * @param valueDate   the day the proceeds are paid; interest runs from it to maturity
 * @param days        actual days from value date to maturity
 * @param interest    discount interest: face x rate x days / (10000 x 360), half-up to the minor unit
 * @param proceeds    face minus interest: what the holder receives
 */
public record FinancingTerms(String financingId, int rateBps, LocalDate valueDate, long days, Money interest,
        Money proceeds) {
}
