package io.trellis.chaincode.api.financing;

/** Arguments of {@code ApplyFinancing}: the holder offers a whole voucher to a financier. */
public record ApplyFinancingRequest(String voucherId, String financierId) {
}
