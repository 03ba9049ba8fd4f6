package io.trellis.chaincode.api.settlement;

/**
 * Arguments of {@code DesignateSettlementBank}: the calling core enterprise names the bank that settles its vouchers.
 *
 * @param bankId        a KYC-approved FINANCIER: the only bank that may post the core's payments
 * @param accountNumber the core's account at that bank, 1 to 34 letters, digits or '-' (an IBAN fits)
 */
public record SettlementAccountRequest(String bankId, String accountNumber) {
}
