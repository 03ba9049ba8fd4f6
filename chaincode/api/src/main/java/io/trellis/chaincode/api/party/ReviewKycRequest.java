package io.trellis.chaincode.api.party;

/** Arguments of {@code ReviewKyc}: the hosting org's operator approves or rejects a party. */
public record ReviewKycRequest(String partyId, KycStatus status) {
}
