package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.chaincode.api.event.AttestationRecorded;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.chaincode.api.event.ProviderAppointed;
import io.trellis.chaincode.api.event.TrancheRated;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import java.util.Optional;

/**
 * Due diligence: the deal's manager appoints service providers by role; an appointee anchors attestations of its
 * role's kind on the pool (and may withdraw its own), an appointed rating agency rates the tranches.
 */
public final class DueDiligenceContract {

    private DueDiligenceContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.APPOINT_PROVIDER, DueDiligenceContract::appoint)
                .register(TxName.RECORD_ATTESTATION, DueDiligenceContract::attest)
                .register(TxName.WITHDRAW_ATTESTATION, DueDiligenceContract::withdraw)
                .register(TxName.RECORD_RATING, DueDiligenceContract::rate);
    }

    /** The manager engages a KYC-approved service provider; appointing it again in the same role changes nothing. */
    static ProviderAppointment appoint(TxContext ctx, String argument) {
        AppointProviderRequest request = Arguments.decode(argument, AppointProviderRequest.class);
        ProviderAppointment appointment = DueDiligence.appointment(request, ctx.timestamp());
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        DealLifecycle.requireDueDiligenceOpen(managed.deal().status());
        new PartyRepository(ctx.state()).eligible(request.providerId(), PartyRole.SERVICE_PROVIDER);
        Optional<ProviderAppointment> existing = managed.deals().findAppointment(request.poolId(), request.role(),
                request.providerId());
        if (existing.isPresent()) {
            return existing.get();
        }
        managed.deals().save(request.poolId(), appointment);
        ctx.emit(new ProviderAppointed(request.poolId(), appointment));
        return appointment;
    }

    static Attestation attest(TxContext ctx, String argument) {
        RecordAttestationRequest request = Arguments.decode(argument, RecordAttestationRequest.class);
        Party provider = ActingParty.withRole(ctx, PartyRole.SERVICE_PROVIDER);
        Attestation attestation = DueDiligence.attestation(request, provider.id());
        DealRepository deals = new DealRepository(ctx.state());
        // An appointment exists only on an existing deal; asking for it first tells an outsider nothing of the pool.
        deals.appointment(request.poolId(), ProviderRole.attesting(request.kind()), provider.id());
        // What the deal opened on stays on record as it was: no opinion is replaced once subscription opens.
        DealLifecycle.requireDueDiligenceOpen(deals.get(request.poolId()).status());
        deals.save(request.poolId(), attestation);
        ctx.emit(new AttestationRecorded(request.poolId(), attestation));
        return attestation;
    }

    /** Only the author may withdraw an attestation: the key it removes is the caller's own. */
    static Attestation withdraw(TxContext ctx, String argument) {
        WithdrawAttestationRequest request = Arguments.decode(argument, WithdrawAttestationRequest.class);
        Party provider = ActingParty.withRole(ctx, PartyRole.SERVICE_PROVIDER);
        DueDiligence.validate(request);
        DealRepository deals = new DealRepository(ctx.state());
        Attestation withdrawn = deals.attestation(request.poolId(), request.kind(), provider.id());
        DealLifecycle.requireDueDiligenceOpen(deals.get(request.poolId()).status());
        deals.delete(request.poolId(), withdrawn);
        ctx.emit(new AttestationWithdrawn(request.poolId(), withdrawn.kind(), withdrawn.providerId()));
        return withdrawn;
    }

    static TrancheRating rate(TxContext ctx, String argument) {
        RecordRatingRequest request = Arguments.decode(argument, RecordRatingRequest.class);
        Party agency = ActingParty.withRole(ctx, PartyRole.SERVICE_PROVIDER);
        PoolRules.requirePoolId(request.poolId());
        DealRepository deals = new DealRepository(ctx.state());
        deals.appointment(request.poolId(), ProviderRole.RATING_AGENCY, agency.id());
        Deal deal = deals.get(request.poolId());
        DealLifecycle.requireDueDiligenceOpen(deal.status());
        TrancheRating rating = DueDiligence.rating(request, agency.id(), deal.structure());
        deals.save(request.poolId(), rating);
        ctx.emit(new TrancheRated(request.poolId(), rating));
        return rating;
    }
}
