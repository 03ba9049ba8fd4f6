package io.trellis.chaincode.api.party;

/**
 * The Fabric identity a party transacts under.
 *
 * @param mspId         MSP of the identity's organisation
 * @param certificateId the certificate's id as Fabric's client identity reports it ({@code x509::subject::issuer})
 */
public record PartyIdentity(String mspId, String certificateId) {
}
