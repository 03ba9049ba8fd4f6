package io.trellis.scf.party;

/**
 * Body of {@code POST /parties/{id}/admission}: the organisation the platform admits the company to, by its MSP id
 * ({@code BankMSP} or {@code SecuritiesMSP}).
 */
public record AdmitPartyBody(String org) {
}
