package io.trellis.chaincode.party;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.PartyAdmitted;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import java.util.Optional;

/** Party registry transactions: check the caller, load, apply {@link PartyRules}, store, emit. */
public final class PartyContract {

    private PartyContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.REGISTER_PARTY, PartyContract::register)
                .register(TxName.REVIEW_KYC, PartyContract::reviewKyc)
                .register(TxName.ADMIT_PARTY, PartyContract::admit)
                .register(TxName.GET_PARTY, PartyContract::get)
                .register(TxName.LIST_PARTIES, PartyContract::list);
    }

    static Party register(TxContext ctx, String argument) {
        RegisterPartyRequest request = Arguments.decode(argument, RegisterPartyRequest.class);
        PartyRules.validate(request);
        PartyRules.requireOperatorOf(ctx.caller(), request.org());
        PartyRules.requireRolesHostedBy(request.roles(), request.org());
        // Before the existence check: an id not admitted to the caller's org says nothing about other orgs' parties.
        if (PartyRules.needsAdmission(request.org())) {
            PartyRules.requireAdmitted(request.id(), request.org(),
                    new PartyAdmissionRepository(ctx.state()).find(request.id()));
        }
        PartyRepository parties = new PartyRepository(ctx.state());
        if (parties.exists(request.id())) {
            throw new ChaincodeException(ErrorCode.PARTY_ALREADY_REGISTERED, "party " + request.id() + " is already registered");
        }
        Party party = PartyRules.register(request, ctx.caller(), ctx.timestamp());
        if (party.identity() != null && parties.partyIdOf(party.identity()).isPresent()) {
            throw new ChaincodeException(ErrorCode.IDENTITY_ALREADY_BOUND, "that identity already belongs to another party");
        }
        parties.save(party);
        ctx.emit(new PartyRegistered(party));
        return party;
    }

    /** The platform's operator admits a company id to the organisation that may register it. */
    static PartyAdmission admit(TxContext ctx, String argument) {
        AdmitPartyRequest request = Arguments.decode(argument, AdmitPartyRequest.class);
        PartyRules.validate(request);
        PartyRules.requireOperatorOf(ctx.caller(), Org.PLATFORM);
        if (new PartyRepository(ctx.state()).exists(request.id())) {
            throw new ChaincodeException(ErrorCode.PARTY_ALREADY_REGISTERED, "party " + request.id()
                    + " is already registered: an admission can no longer change who hosts it");
        }
        PartyAdmissionRepository admissions = new PartyAdmissionRepository(ctx.state());
        Optional<PartyAdmission> current = admissions.find(request.id());
        return PartyRules.admit(request, current, ctx.caller(), ctx.timestamp())
                .map(admitted -> {
                    admissions.save(admitted);
                    ctx.emit(new PartyAdmitted(admitted));
                    return admitted;
                })
                .orElseGet(current::orElseThrow);
    }

    static Party reviewKyc(TxContext ctx, String argument) {
        ReviewKycRequest request = Arguments.decode(argument, ReviewKycRequest.class);
        PartyRules.validate(request);
        PartyRepository parties = new PartyRepository(ctx.state());
        Party party = parties.get(request.partyId());
        PartyRules.requireOperatorOf(ctx.caller(), party.org());
        Party reviewed = PartyRules.review(party, request.status());
        parties.save(reviewed);
        ctx.emit(new PartyKycReviewed(reviewed.id(), reviewed.kycStatus(), reviewed.version()));
        return reviewed;
    }

    static Party get(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(id);
        return new PartyRepository(ctx.state()).get(id, party -> Visibility.party(viewer, party));
    }

    static Page<Party> list(TxContext ctx, String argument) {
        PageRequest page = Arguments.decode(argument, PageRequest.class);
        Viewer viewer = ActingParty.viewer(ctx);
        Page<Party> listed = new PartyRepository(ctx.state()).list(page);
        // Filtered after paging: a page may hold fewer parties than asked; the bookmark still leads on.
        return new Page<>(listed.items().stream().filter(party -> Visibility.party(viewer, party)).toList(),
                listed.bookmark());
    }
}
