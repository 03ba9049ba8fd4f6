package io.trellis.chaincode.api.settlement;

/**
 * Where a core enterprise pays its vouchers: the one bank whose payment notices settle them.
 *
 * @param obligorId     the core enterprise
 * @param bankId        the designated FINANCIER
 * @param accountNumber the core's account at that bank
 * @param version       1 at the first designation, incremented by every re-designation
 */
public record SettlementAccount(String obligorId, String bankId, String accountNumber, long version) {
}
