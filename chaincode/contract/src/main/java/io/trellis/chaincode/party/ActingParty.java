package io.trellis.chaincode.party;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import java.util.Optional;

/**
 * Who a business transaction acts for: the party bound to the caller's Fabric identity (MSP and certificate),
 * checked on chain on every transaction. A REST check in a service is never enough.
 */
public final class ActingParty {

    private ActingParty() {
    }

    /** The caller's party: registered and KYC-approved, any role. */
    public static Party of(TxContext ctx) {
        Caller caller = ctx.caller();
        PartyRepository parties = new PartyRepository(ctx.state());
        Optional<Party> party = parties.partyIdOf(new PartyIdentity(caller.mspId(), caller.certificateId()))
                .flatMap(parties::find);
        return requireActive(party);
    }

    /**
     * Who is reading, for a query: an organisation's operator (certificate OU {@code admin}) or the caller's party,
     * registered and KYC-approved. What either may read is {@link io.trellis.chaincode.core.Visibility}'s business.
     */
    public static Viewer viewer(TxContext ctx) {
        Caller caller = ctx.caller();
        if (caller.operator()) {
            Org org = Org.ofMspId(caller.mspId()).orElseThrow(() -> new ChaincodeException(
                    ErrorCode.CALLER_NOT_REGISTERED, "operators of " + caller.mspId() + " host no parties"));
            PartyRepository parties = new PartyRepository(ctx.state());
            return Viewer.operator(org, id -> parties.find(id).map(Party::org));
        }
        return Viewer.party(of(ctx));
    }

    /** The caller's party, which must hold {@code role}. */
    public static Party withRole(TxContext ctx, PartyRole role) {
        return requireRole(of(ctx), role);
    }

    static Party requireActive(Optional<Party> party) {
        Party found = party.orElseThrow(() -> new ChaincodeException(ErrorCode.CALLER_NOT_REGISTERED,
                "the calling identity is not registered to a party"));
        if (found.kycStatus() != KycStatus.APPROVED) {
            throw new ChaincodeException(ErrorCode.PARTY_NOT_KYC_APPROVED,
                    "party " + found.id() + " may not transact: KYC is " + found.kycStatus());
        }
        return found;
    }

    static Party requireRole(Party party, PartyRole role) {
        if (!party.hasRole(role)) {
            throw ChaincodeException.notAllowed("only a " + role + " may do this; party " + party.id() + " is not one");
        }
        return party;
    }
}
