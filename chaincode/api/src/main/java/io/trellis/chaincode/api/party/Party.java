package io.trellis.chaincode.api.party;

import io.trellis.chaincode.api.Org;
import java.util.List;

/**
 * A registered participant of the platform.
 *
 * @param id           unified social credit code (18 characters)
 * @param name         legal name
 * @param roles        roles held, sorted, without duplicates
 * @param org          the organisation hosting the party's identity
 * @param kycStatus    KYC state
 * @param identity     the Fabric identity bound to the party, or null while none is bound
 * @param registeredAt transaction timestamp of the registration (ISO-8601, UTC)
 * @param registeredBy certificate id of the operator who registered the party
 * @param version      incremented by every change
 */
public record Party(
        String id,
        String name,
        List<PartyRole> roles,
        Org org,
        KycStatus kycStatus,
        PartyIdentity identity,
        String registeredAt,
        String registeredBy,
        long version) {

    public Party {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(PartyRole role) {
        return roles.contains(role);
    }

    public Party withKycStatus(KycStatus status) {
        return new Party(id, name, roles, org, status, identity, registeredAt, registeredBy, version + 1);
    }
}
