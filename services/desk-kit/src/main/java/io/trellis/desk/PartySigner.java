package io.trellis.desk;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.problem.ServiceCode;
import io.trellis.desk.security.TokenCaller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The Fabric identity the current request is signed with: the token's party's own, from this service's wallet.
 * Never the operator's: the chaincode must see the party itself as the caller.
 */
@RequestScoped
public class PartySigner {
    private final TokenCaller caller;
    private final PartyIdentities identities;

    PartySigner(TokenCaller caller, PartyIdentities identities) {
        this.caller = caller;
        this.identities = identities;
    }

    /** The caller's party id (the scope of its idempotency keys). */
    public String partyId() {
        String partyId = caller.viewer().partyId();
        if (partyId == null || partyId.isBlank()) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "the token names no party");
        }
        return partyId;
    }

    public FabricIdentity identity() {
        String partyId = partyId();
        Org org = caller.org();
        // An id of another shape (an operator's token) cannot name a wallet entry: not asked, not hosted.
        Optional<FabricIdentity> identity = PartyIds.isWellFormed(partyId) ? identities.find(partyId, org) : Optional.empty();
        return identity.orElseThrow(() -> new ProblemException(ServiceCode.PARTY_IDENTITY_NOT_HOSTED,
                "party " + partyId + " has no Fabric identity at this service of " + org.mspId()));
    }
}
