package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.event.AttestationRecorded;
import io.trellis.chaincode.api.event.TrancheRated;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;

/** Due diligence: service providers anchor attestations on a pool, rating agencies rate its tranches. */
public final class DueDiligenceContract {

    private DueDiligenceContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.RECORD_ATTESTATION, DueDiligenceContract::attest)
                .register(TxName.RECORD_RATING, DueDiligenceContract::rate);
    }

    static Attestation attest(TxContext ctx, String argument) {
        RecordAttestationRequest request = Arguments.decode(argument, RecordAttestationRequest.class);
        Party provider = ActingParty.withRole(ctx, PartyRole.SERVICE_PROVIDER);
        Attestation attestation = DueDiligence.attestation(request, provider.id());
        DealRepository deals = new DealRepository(ctx.state());
        deals.get(request.poolId());
        deals.save(request.poolId(), attestation);
        ctx.emit(new AttestationRecorded(request.poolId(), attestation));
        return attestation;
    }

    static TrancheRating rate(TxContext ctx, String argument) {
        RecordRatingRequest request = Arguments.decode(argument, RecordRatingRequest.class);
        Party agency = ActingParty.withRole(ctx, PartyRole.SERVICE_PROVIDER);
        PoolRules.requirePoolId(request.poolId());
        DealRepository deals = new DealRepository(ctx.state());
        Deal deal = deals.get(request.poolId());
        TrancheRating rating = DueDiligence.rating(request, agency.id(), deal.structure());
        deals.save(request.poolId(), rating);
        ctx.emit(new TrancheRated(request.poolId(), rating));
        return rating;
    }
}
