package io.trellis.chaincode.api.financing;

import java.time.LocalDate;

/**
 * The transient {@code terms} of {@code ApproveFinancing}: kept out of the public transaction so that only
 * the platform and the financier learn them.
 *
 * @param rateBps   annual discount rate in basis points, 0 to 10000
 * @param valueDate day the proceeds are paid: not before the approval's business date, before maturity
 */
public record TermsOffer(int rateBps, LocalDate valueDate) {
}
