package io.trellis.chaincode.api.party;

import io.trellis.chaincode.api.Org;
import java.util.List;

/**
 * Arguments of {@code RegisterParty}.
 *
 * @param id            unified social credit code
 * @param name          legal name
 * @param roles         at least one role
 * @param org           hosting organisation; must be the caller's
 * @param certificateId the party's own Fabric certificate id, or null to bind one later
 */
public record RegisterPartyRequest(String id, String name, List<PartyRole> roles, Org org, String certificateId) {
}
