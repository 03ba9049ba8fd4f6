package io.trellis.scf.party;

import io.trellis.chaincode.api.party.PartyRole;
import java.util.List;

/**
 * Body of {@code POST /parties}. The hosting organisation is the operator's own, taken from the token.
 *
 * @param id            unified social credit code (18 characters)
 * @param name          legal name
 * @param roles         at least one role
 * @param certificateId the party's own Fabric certificate id, if it already has one
 */
public record RegisterPartyBody(String id, String name, List<PartyRole> roles, String certificateId) {
}
