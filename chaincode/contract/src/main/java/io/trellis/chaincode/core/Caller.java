package io.trellis.chaincode.core;

/**
 * Who submitted the transaction, as proven by the signed proposal.
 *
 * @param mspId         the organisation's MSP id
 * @param certificateId Fabric's id of the certificate ({@code x509::subject::issuer})
 * @param operator      true for the organisation's administrators (certificate OU {@code admin})
 */
public record Caller(String mspId, String certificateId, boolean operator) {
}
