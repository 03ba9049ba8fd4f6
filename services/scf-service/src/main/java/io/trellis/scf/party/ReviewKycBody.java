package io.trellis.scf.party;

import io.trellis.chaincode.api.party.KycStatus;

/** Body of {@code POST /parties/{id}/kyc}: the operator's decision, APPROVED or REJECTED. */
public record ReviewKycBody(KycStatus status) {
}
